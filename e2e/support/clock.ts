/** Days and times as the test browser shows them: its contexts run in one zone (browser.ts). */
export const BROWSER_TIME_ZONE = "America/Los_Angeles";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The day, YYYY-MM-DD, in the browser's zone, `days` from now (negative: in the past). */
export function dayFromNow(days: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: BROWSER_TIME_ZONE }).format(
    new Date(Date.now() + days * DAY_MS),
  );
}

/** An instant as a datetime-local field in the browser's zone shows it: 2026-12-01T10:00. */
export function localField(instant: string | number): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: BROWSER_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(new Date(instant))
    .replace(" ", "T");
}
