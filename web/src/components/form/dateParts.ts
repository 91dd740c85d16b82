/** A date typed as day, month and year (the USWDS "memorable date"), in the reader's order. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const NO_DATE: DateParts = { day: "", month: "", year: "" };

const PARTS: readonly DatePart[] = ["day", "month", "year"];

/**
 * The order the reader's locale writes a date in: month, day, year in en-US; day first in most,
 * and in a language the browser has no date data for (Haitian Creole writes day first too).
 */
export function dateOrder(locale: string): DatePart[] {
  try {
    const format = new Intl.DateTimeFormat(locale);
    const language = (tag: string) => tag.toLowerCase().split("-")[0];
    if (language(format.resolvedOptions().locale) !== language(locale)) return [...PARTS];
    const parts = format.formatToParts(new Date(2000, 11, 31));
    const order = parts.map((part) => part.type).filter((type) => PARTS.includes(type as DatePart));
    return order.length === 3 ? (order as DatePart[]) : [...PARTS];
  } catch {
    return [...PARTS];
  }
}

export function datePartId(id: string, part: DatePart): string {
  return `${id}-${part}`;
}

/** The id of the date's first input in the reader's order: where its error links to. */
export function firstDatePartId(id: string, locale: string): string {
  return datePartId(id, dateOrder(locale)[0] ?? "day");
}

/** The date as YYYY-MM-DD, or null when the parts are not a real day (31 February, year 99). */
export function isoDate({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year.trim())) {
    return null;
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** A date of birth must be a real day, not in the future, and not before 1900. */
export function birthDateProblem(
  parts: DateParts,
  today = new Date().toISOString().slice(0, 10),
): "missing" | "invalid" | "future" | null {
  if (!parts.day.trim() && !parts.month && !parts.year.trim()) return "missing";
  const iso = isoDate(parts);
  if (!iso || iso < "1900-01-01") return "invalid";
  return iso > today ? "future" : null;
}
