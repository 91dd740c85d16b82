import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { repoRoot } from "./server.ts";

export const SCREENSHOT_DIR = join(repoRoot, "test-results");

/** The whole page, or one part of it (a form on a long case page). */
export async function saveScreenshot(of: Page | Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await ("goto" in of ? of.screenshot({ path, fullPage: true }) : of.screenshot({ path }));
  return path;
}
