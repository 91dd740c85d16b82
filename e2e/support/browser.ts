import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { BROWSER_TIME_ZONE } from "./clock.ts";

/** Cookies and storage saved from a context, e.g. a signed-in session. */
export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 360, height: 740 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
}

/**
 * A fresh context in one viewport (no storage, unless `storageState` carries a signed-in
 * session); axe needs a page from a context.
 */
export function newContext(
  browser: Browser,
  options: { viewport?: ViewportName; locale?: string; storageState?: StorageState } = {},
): Promise<BrowserContext> {
  const viewport = VIEWPORTS[options.viewport ?? "desktop"];
  return browser.newContext({
    viewport,
    locale: options.locale ?? "en-US",
    timezoneId: BROWSER_TIME_ZONE,
    isMobile: options.viewport === "mobile",
    hasTouch: options.viewport === "mobile",
    storageState: options.storageState,
  });
}
