/**
 * The only place in Haven that does date arithmetic, time zones and federal holidays
 * (conventions.md). Days are plain `YYYY-MM-DD` strings; instants are ISO 8601 strings. Nothing
 * here reads the clock: every function is given the dates it works on.
 */
import { allForYear } from "@18f/us-federal-holidays";
import { addDays as addDaysFns, addYears as addYearsFns, format, getDay, parseISO } from "date-fns";

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;
/** An ISO 8601 instant, e.g. `2022-03-20T10:00:00Z`. */
export type Instant = string;

/**
 * The zone in which a legal day is counted. EOIR filing deadlines are counted by the receiving
 * office's day; the Board sits in Falls Church, Virginia, and policy dates are announced in
 * Eastern time (Title 42 ended 23:59 Eastern, 2023-05-11), so Haven counts days in Eastern time.
 */
export const LEGAL_TIME_ZONE = "America/New_York";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return DAY_PATTERN.test(value);
}

function toLocal(day: Day): Date {
  return parseISO(day);
}

function fromLocal(date: Date): Day {
  return format(date, "yyyy-MM-dd");
}

export function addCalendarDays(day: Day, days: number): Day {
  return fromLocal(addDaysFns(toLocal(day), days));
}

/** Same month and day `years` later; 29 February becomes 28 February (date-fns `addYears`). */
export function addCalendarYears(day: Day, years: number): Day {
  return fromLocal(addYearsFns(toLocal(day), years));
}

export function isWeekend(day: Day): boolean {
  const weekday = getDay(toLocal(day));
  return weekday === 0 || weekday === 6;
}

const holidaysByYear = new Map<number, Map<Day, string>>();

/**
 * Federal legal holidays as observed under 5 U.S.C. 6103 and Executive Order 11582: a holiday on
 * a Saturday is observed the Friday before, one on a Sunday the Monday after; Juneteenth from
 * 2021. The library lists New Year's Day 2022 (a Saturday) under 2022 with the date 2021-12-31,
 * so each year's map also takes the next year's list into account.
 */
function observedHolidays(year: number): Map<Day, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const map = new Map<Day, string>();
  for (const candidate of [year - 1, year, year + 1]) {
    for (const holiday of allForYear(candidate)) {
      if (holiday.dateString.startsWith(`${year}-`)) map.set(holiday.dateString, holiday.name);
    }
  }
  holidaysByYear.set(year, map);
  return map;
}

export function federalHoliday(day: Day): string | null {
  return observedHolidays(Number(day.slice(0, 4))).get(day) ?? null;
}

export function isFederalHoliday(day: Day): boolean {
  return federalHoliday(day) !== null;
}

/** Observed federal holidays of a year, in date order. */
export function federalHolidaysOf(year: number): { day: Day; name: string }[] {
  return [...observedHolidays(year)]
    .map(([day, name]) => ({ day, name }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

export function isBusinessDay(day: Day): boolean {
  return !isWeekend(day) && !isFederalHoliday(day);
}

/** The day itself if it is a business day, else the next one. */
export function rollToBusinessDay(day: Day): Day {
  let current = day;
  while (!isBusinessDay(current)) current = addCalendarDays(current, 1);
  return current;
}

/** The `count`th business day after `day` (the day itself is not counted). */
export function addWorkingDays(day: Day, count: number): Day {
  let current = day;
  let left = count;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.UTC(...ymd(to)) - Date.UTC(...ymd(from))) / 86_400_000);
}

function ymd(day: Day): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))];
}

// ---- instants ----

export function instantMs(instant: Instant): number {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${instant}`);
  return ms;
}

export function compareInstants(a: Instant, b: Instant): number {
  return instantMs(a) - instantMs(b);
}

export function isBeforeInstant(a: Instant, b: Instant): boolean {
  return instantMs(a) < instantMs(b);
}

export function addHours(instant: Instant, hours: number): Instant {
  return new Date(instantMs(instant) + hours * 3_600_000).toISOString();
}

export function hoursBetween(from: Instant, to: Instant): number {
  return (instantMs(to) - instantMs(from)) / 3_600_000;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of dayFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const at = (name: string) => parts[name] ?? 0;
  return Date.UTC(at("year"), at("month") - 1, at("day"), at("hour"), at("minute"), at("second"));
}

/** The legal day on which an instant falls (a bare day is returned as it is). */
export function dayOf(instantOrDay: string, timeZone: string = LEGAL_TIME_ZONE): Day {
  if (isDay(instantOrDay)) return instantOrDay;
  const ms = instantMs(instantOrDay);
  return new Date(wallClock(ms, timeZone)).toISOString().slice(0, 10);
}

/** The first instant of a day in a zone. */
export function startOfDayInstant(day: Day, timeZone: string = LEGAL_TIME_ZONE): Instant {
  const guess = Date.UTC(...ymd(day));
  let offset = wallClock(guess, timeZone) - guess;
  let result = guess - offset;
  // Re-check once: the offset at the result may differ across a DST change.
  offset = wallClock(result, timeZone) - result;
  result = guess - offset;
  return new Date(result).toISOString();
}

/** The last millisecond of a day in a zone: a deadline "on" a day runs to its end. */
export function endOfDayInstant(day: Day, timeZone: string = LEGAL_TIME_ZONE): Instant {
  return new Date(
    instantMs(startOfDayInstant(addCalendarDays(day, 1), timeZone)) - 1,
  ).toISOString();
}

/** The instant at a wall-clock time ("HH:MM") on a day in a zone (e.g. 11:00 Central). */
export function zonedInstant(day: Day, time: string, timeZone: string): Instant {
  const [hours, minutes] = time.split(":").map(Number);
  const [year, month, date] = ymd(day);
  const guess = Date.UTC(year, month, date, hours ?? 0, minutes ?? 0);
  let result = guess - (wallClock(guess, timeZone) - guess);
  // Re-check once: the offset at the result may differ across a DST change.
  result = guess - (wallClock(result, timeZone) - result);
  return new Date(result).toISOString();
}
