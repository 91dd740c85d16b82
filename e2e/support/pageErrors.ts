import type { Page } from "playwright-core";

/** Collects uncaught exceptions thrown in the page, to assert that there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
