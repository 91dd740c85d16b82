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
import type { Condition } from "../process/table/types.ts";
import type { Deadline, DeadlineRule, Trigger } from "./types.ts";

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

function matches(conditions: readonly Condition[] | undefined, data: Record<string, unknown>) {
  return conditions === undefined || conditions.every((c) => data[c.field] === c.equals);
}

function triggered(triggers: readonly Trigger[] | undefined, event: CaseEvent): boolean {
  return (triggers ?? []).some((t) => t.type === event.type && matches(t.when, event.data));
}

interface Running {
  rule: DeadlineRule;
  startedBy: { seq: number; type: string };
  due: Due;
  metAt: string | null;
}

/** Every deadline the case's events started, with its status at `now`. */
export function deadlinesOf(
  rules: readonly DeadlineRule[],
  events: readonly CaseEvent[],
  now: string,
): Deadline[] {
  let running: Running[] = [];
  const lastAt = new Map<string, string>();
  for (const event of events) {
    running = running.filter((entry) => !triggered(entry.rule.cancelledBy, event));
    for (const entry of running) {
      if (entry.metAt === null && triggered(entry.rule.stoppedBy, event))
        entry.metAt = event.occurredAt;
    }
    for (const rule of rules) {
      if (!triggered(rule.startsOn, event)) continue;
      if (rule.requiresPrior && !lastAt.has(rule.requiresPrior)) continue;
      if (rule.restart === "replace") {
        running = running.filter((entry) => entry.rule !== rule || entry.metAt !== null);
      }
      const field = rule.startField ? event.data[rule.startField] : undefined;
      const start =
        (rule.countsFrom ? lastAt.get(rule.countsFrom) : undefined) ??
        (typeof field === "string" ? field : event.occurredAt);
      running.push({
        rule,
        startedBy: { seq: event.seq, type: event.type },
        due: dueFor(rule, start),
        metAt:
          rule.metByStartWhen && matches(rule.metByStartWhen, event.data) ? event.occurredAt : null,
      });
    }
    lastAt.set(event.type, event.occurredAt);
  }
  return running.map((entry) => toDeadline(entry, now));
}

function toDeadline({ rule, startedBy, due, metAt }: Running, now: string): Deadline {
  const passed = compareInstants(now, due.dueAt) > 0;
  const status =
    rule.kind === "notBefore"
      ? compareInstants(now, due.dueAt) >= 0
        ? "met"
        : "open"
      : metAt !== null
        ? compareInstants(metAt, due.dueAt) <= 0
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
    startedBy,
    startDay: due.startDay,
    due: due.due,
    dueAt: due.dueAt,
    rolledFrom: due.rolledFrom,
    status,
    metAt,
  };
}
