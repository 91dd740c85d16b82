/**
 * The request window's schedule and the places per port, as data (pure: no clock, no I/O).
 *
 * One window a day: requests from 11:00 to 23:00 Central time on the window's date; observers
 * reveal their seeds after the close, until the draw 30 minutes later; the places drawn are at the
 * ports 14 days after the window's date, spread over the port's opening hours.
 */
import {
  addCalendarDays,
  compareInstants,
  type Day,
  dayOf,
  type Instant,
  zonedInstant,
} from "../core/calendar.ts";
import { defaultPolicyLog, policyInForce } from "../policy/index.ts";
import { type PortId, portIds, portsOfEntry } from "../policy/ports.ts";
import type { PolicyChange } from "../policy/types.ts";

export const windowSchedule = {
  timeZone: "America/Chicago",
  opensAt: "11:00",
  closesAt: "23:00",
  /** Observers reveal between the close and the draw; the operator reveals at the draw. */
  drawDelayMinutes: 30,
  /** Appointments are on the window's date plus this many days. */
  appointmentLeadDays: 14,
  /** The port's hours for appointments, local time at the port (first and last slot). */
  appointmentHours: { from: "07:00", to: "19:00" },
  slotMinutes: 15,
  /** The operator's party name in the commit–reveal (docs/lottery.md). */
  operator: "haven-operator",
} as const;

export interface WindowTimes {
  date: Day;
  opensAt: Instant;
  closesAt: Instant;
  drawAt: Instant;
  appointmentDate: Day;
}

const timesMemo = new Map<Day, WindowTimes>();

export function windowTimes(date: Day): WindowTimes {
  const known = timesMemo.get(date);
  if (known) return known;
  const times = computeWindowTimes(date);
  if (timesMemo.size > 1000) timesMemo.clear();
  timesMemo.set(date, times);
  return times;
}

function computeWindowTimes(date: Day): WindowTimes {
  const { timeZone } = windowSchedule;
  const closesAt = zonedInstant(date, windowSchedule.closesAt, timeZone);
  return {
    date,
    opensAt: zonedInstant(date, windowSchedule.opensAt, timeZone),
    closesAt,
    drawAt: new Date(Date.parse(closesAt) + windowSchedule.drawDelayMinutes * 60_000).toISOString(),
    appointmentDate: addCalendarDays(date, windowSchedule.appointmentLeadDays),
  };
}

/** The window people see now: today's (Central) until its draw, then tomorrow's. */
export function currentWindowDate(now: Instant): Day {
  // The local day changes on a minute boundary: one computation per minute is enough.
  const minute = Math.floor(Date.parse(now) / 60_000);
  if (minute !== lastMinute.minute) {
    lastMinute = { minute, day: dayOf(now, windowSchedule.timeZone) };
  }
  const today = lastMinute.day;
  return compareInstants(now, windowTimes(today).drawAt) < 0 ? today : addCalendarDays(today, 1);
}
let lastMinute = { minute: Number.NaN, day: "" };

export type ShownStatus = "scheduled" | "open" | "closed" | "drawn" | "void";

/** The status shown for a window: the stored one once closed, else by the clock. */
export function shownStatus(
  stored: "open" | "closed" | "drawn" | "void",
  times: Pick<WindowTimes, "opensAt" | "closesAt">,
  now: Instant,
): ShownStatus {
  if (stored !== "open") return stored;
  if (compareInstants(now, times.opensAt) < 0) return "scheduled";
  return compareInstants(now, times.closesAt) < 0 ? "open" : "closed";
}

/**
 * The time of a slot: slots are spread evenly over the port's hours, on the quarter hour.
 * A group holds consecutive places from its first slot, so it is given its first slot's time.
 */
export function slotTime(slot: number, capacity: number): string {
  const [fromH, fromM] = windowSchedule.appointmentHours.from.split(":").map(Number);
  const [toH, toM] = windowSchedule.appointmentHours.to.split(":").map(Number);
  const from = (fromH ?? 0) * 60 + (fromM ?? 0);
  const span = (toH ?? 0) * 60 + (toM ?? 0) - from;
  const step = windowSchedule.slotMinutes;
  const offset = capacity <= 1 ? 0 : Math.floor((slot * span) / capacity / step) * step;
  const minutes = from + Math.min(offset, span);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** An administrator's change of one port's places from a day on (the public policy log). */
export interface CapacityChange {
  port: string;
  effectiveFrom: Day;
  places: number;
  at: Instant;
}

/**
 * Places per port on a day: the built-in dated policy (CBP's totals) with the administrators'
 * later changes applied in the order they take effect (and, on one day, the order made).
 */
export function capacitiesOn(
  day: Day,
  changes: readonly CapacityChange[],
  log: readonly PolicyChange[] = defaultPolicyLog,
): { port: PortId; places: number }[] {
  const noon = zonedInstant(day, "12:00", windowSchedule.timeZone);
  const builtIn = policyInForce(log, noon).portCapacity;
  const builtInFrom = [...log]
    .filter(
      (change) => change.kind === "portCapacity" && compareInstants(change.effectiveAt, noon) <= 0,
    )
    .map((change) => dayOf(change.effectiveAt, windowSchedule.timeZone))
    .sort()
    .at(-1);
  const places = new Map<string, number>(
    portIds.map((port) => [port, builtIn?.perPort[port] ?? 0]),
  );
  const applicable = changes
    .filter((change) => change.effectiveFrom <= day)
    // A built-in change that takes effect later than an administrator's replaces it.
    .filter((change) => builtInFrom === undefined || change.effectiveFrom >= builtInFrom)
    .sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom
        ? compareInstants(a.at, b.at)
        : a.effectiveFrom < b.effectiveFrom
          ? -1
          : 1,
    );
  for (const change of applicable) places.set(change.port, change.places);
  return portIds.map((port) => ({ port, places: places.get(port) ?? 0 }));
}

export function portName(port: string): string {
  return portsOfEntry.find((entry) => entry.id === port)?.name ?? port;
}

/** The day it is at the port at an instant: an appointment is kept on its date in port time. */
export function dayAtPort(port: string, at: Instant): Day {
  const timeZone = portsOfEntry.find((entry) => entry.id === port)?.timeZone;
  return dayOf(at, timeZone ?? windowSchedule.timeZone);
}
