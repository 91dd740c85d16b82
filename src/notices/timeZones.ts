import { dayOf, instantMs, startOfDayInstant, zonedInstant } from "../core/calendar.ts";
import { findCourt } from "../court/docket/courts.ts";

/**
 * The zone a hearing notice names the time in: the zone on the hearing's event (the docket's
 * slot), else its court's (court/docket/courts.ts), else "UTC", said as such on the notice.
 */
export function hearingTimeZone(court: string | null, eventZone?: unknown): string {
  if (typeof eventZone === "string" && eventZone.length > 0) return eventZone;
  return (court && findCourt(court)?.timeZone) || "UTC";
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The day and wall-clock time ("HH:MM") of an instant in a zone, by the calendar's rules. */
export function localTime(at: string, timeZone: string): { day: string; time: string } {
  const day = dayOf(at, timeZone);
  const ms = instantMs(at);
  let minutes = Math.round((ms - instantMs(startOfDayInstant(day, timeZone))) / 60_000);
  // On a day the clocks change, the day's first offset is not the hearing's: check and correct.
  for (const shift of [0, 60, -60]) {
    const candidate = minutes + shift;
    if (candidate < 0 || candidate >= 24 * 60) continue;
    const time = `${pad(Math.floor(candidate / 60))}:${pad(candidate % 60)}`;
    if (instantMs(zonedInstant(day, time, timeZone)) === ms - (ms % 60_000)) {
      minutes = candidate;
      break;
    }
  }
  return { day, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}
