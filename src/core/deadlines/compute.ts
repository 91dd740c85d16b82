import {
  addCalendarDays,
  addCalendarYears,
  addHours,
  addWorkingDays,
  compareInstants,
  type Day,
  dayOf,
  endOfDayInstant,
  isDay,
  rollToBusinessDay,
  startOfDayInstant,
} from "../calendar.ts";
import type { CaseEvent } from "../caseLog.ts";
import { matches } from "../regions/types.ts";
import type { Clocks, Deadline, DeadlineClock, DeadlineRule, Trigger } from "./types.ts";

export interface Due {
  startDay: Day;
  due: Day;
  dueAt: string;
  rolledFrom: Day | null;
}

/** When a rule's deadline falls for a clock started at `start` (a day or an instant). */
export function dueFor(rule: DeadlineRule, start: string): Due {
  const startDay = dayOf(start);
  if (rule.unit === "hours") {
    const from = isDay(start) ? startOfDayInstant(start) : start;
    const dueAt = addHours(from, rule.length);
    return { startDay, due: dayOf(dueAt), dueAt, rolledFrom: null };
  }
  const raw =
    rule.unit === "calendarDays"
      ? addCalendarDays(startDay, rule.length)
      : rule.unit === "workingDays"
        ? addWorkingDays(startDay, rule.length)
        : addCalendarYears(startDay, rule.length);
  const due = rule.kind === "by" && rule.rolls ? rollToBusinessDay(raw) : raw;
  return {
    startDay,
    due,
    dueAt: rule.kind === "by" ? endOfDayInstant(due) : startOfDayInstant(due),
    rolledFrom: due === raw ? null : raw,
  };
}

function triggered(triggers: readonly Trigger[] | undefined, event: CaseEvent): boolean {
  return (triggers ?? []).some((t) => t.type === event.type && matches(t.when, event.data));
}

/**
 * The deadline engine over a list of rules: a case's clocks move with each event (started,
 * met, cancelled), and every deadline's status at a moment follows from the clocks alone.
 */
export interface DeadlineEngine {
  rules: readonly DeadlineRule[];
  rule: (id: string) => DeadlineRule;
  initial: () => Clocks;
  step: (clocks: Clocks, event: CaseEvent) => Clocks;
  /** Every deadline of the clocks, with its status at `now`. */
  at: (clocks: Clocks, now: string) => Deadline[];
  /** The same from a whole event list. */
  of: (events: readonly CaseEvent[], now: string) => Deadline[];
}

export function deadlineEngine(rules: readonly DeadlineRule[]): DeadlineEngine {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  if (byId.size !== rules.length) throw new Error("deadline rule ids must be unique");
  const rule = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no deadline rule ${id}`);
    return found;
  };
  // The event types whose last time a rule counts from or requires: the only ones kept.
  const counted = new Set(
    rules.flatMap((r) => [r.countsFrom, r.requiresPrior]).filter((t): t is string => !!t),
  );
  const relevant = new Set(
    rules.flatMap((r) =>
      [...r.startsOn, ...r.stoppedBy, ...(r.cancelledBy ?? [])].map((trigger) => trigger.type),
    ),
  );

  const step = (clocks: Clocks, event: CaseEvent): Clocks => {
    if (!relevant.has(event.type) && !counted.has(event.type)) return clocks;
    let running = clocks.running.filter(
      (clock) => !triggered(rule(clock.ruleId).cancelledBy, event),
    );
    running = running.map((clock) =>
      clock.metAt === null && triggered(rule(clock.ruleId).stoppedBy, event)
        ? { ...clock, metAt: event.occurredAt }
        : clock,
    );
    for (const candidate of rules) {
      const starter = candidate.startsOn.find(
        (t) => t.type === event.type && matches(t.when, event.data),
      );
      if (!starter) continue;
      if (candidate.requiresPrior && clocks.last[candidate.requiresPrior] === undefined) continue;
      if (candidate.restart === "replace") {
        running = running.filter((clock) => clock.ruleId !== candidate.id || clock.metAt !== null);
      }
      const startField = starter.startField ?? candidate.startField;
      const field = startField ? event.data[startField] : undefined;
      const start =
        (candidate.countsFrom ? clocks.last[candidate.countsFrom] : undefined) ??
        (typeof field === "string" ? field : event.occurredAt);
      const due = dueFor(candidate, start);
      running.push({
        ruleId: candidate.id,
        startedBy: { seq: event.seq, type: event.type },
        startDay: due.startDay,
        due: due.due,
        dueAt: due.dueAt,
        rolledFrom: due.rolledFrom,
        metAt:
          candidate.metByStartWhen && matches(candidate.metByStartWhen, event.data)
            ? event.occurredAt
            : null,
      });
    }
    const last = counted.has(event.type)
      ? { ...clocks.last, [event.type]: event.occurredAt }
      : clocks.last;
    return { running, last };
  };

  const at = (clocks: Clocks, now: string) =>
    clocks.running.map((clock) => toDeadline(rule(clock.ruleId), clock, now));

  return {
    rules,
    rule,
    initial: () => ({ running: [], last: {} }),
    step,
    at,
    of: (events, now) => {
      let clocks: Clocks = { running: [], last: {} };
      for (const event of events) clocks = step(clocks, event);
      return at(clocks, now);
    },
  };
}

/** A clock's deadline with its status at `now`. */
export function toDeadline(rule: DeadlineRule, clock: DeadlineClock, now: string): Deadline {
  const passed = compareInstants(now, clock.dueAt) > 0;
  const status =
    rule.kind === "notBefore"
      ? compareInstants(now, clock.dueAt) >= 0
        ? "met"
        : "open"
      : clock.metAt !== null
        ? compareInstants(clock.metAt, clock.dueAt) <= 0
          ? "met"
          : "missed"
        : passed
          ? "missed"
          : "open";
  return {
    ruleId: rule.id,
    title: rule.title,
    citation: rule.citation,
    kind: rule.kind,
    party: rule.party,
    check: rule.check,
    startedBy: clock.startedBy,
    startDay: clock.startDay,
    due: clock.due,
    dueAt: clock.dueAt,
    rolledFrom: clock.rolledFrom,
    status,
    metAt: clock.metAt,
  };
}
