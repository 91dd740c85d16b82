import type { Day } from "../calendar.ts";
import type { EventType } from "../process/events.ts";
import type { Condition } from "../process/table/types.ts";

/** An event that starts, meets or cancels a deadline, optionally only with some data. */
export interface Trigger {
  type: EventType;
  when?: readonly Condition[];
}

export type DeadlineUnit = "calendarDays" | "workingDays" | "hours" | "years";

/**
 * A deadline as data (rules.md). `by`: something must happen by the due day; `notBefore`:
 * something may not happen before it (a waiting period).
 */
export interface DeadlineRule {
  id: string;
  title: string;
  citation: string;
  kind: "by" | "notBefore";
  /** Who must act, or who must wait. */
  party: "applicant" | "dhs" | "uscis" | "court";
  startsOn: readonly Trigger[];
  /** Data field of the starting event that holds the start day or instant (else occurredAt). */
  startField?: string;
  /** Count from the latest earlier event of this type instead of the starting event. */
  countsFrom?: EventType;
  /** The deadline applies only when this event happened earlier in the case. */
  requiresPrior?: EventType;
  length: number;
  unit: DeadlineUnit;
  /** A last day on a Saturday, Sunday or federal holiday moves to the next business day. */
  rolls: boolean;
  /** rules.md marks the figure "check": confirm against the regulation's current text. */
  check: boolean;
  /** Events that meet the deadline. */
  stoppedBy: readonly Trigger[];
  /** The starting event meets the deadline itself when its data says so. */
  metByStartWhen?: readonly Condition[];
  /** Events after which the deadline no longer applies. */
  cancelledBy?: readonly Trigger[];
  /** A new starting event replaces the running deadline ("last arrival") instead of adding one. */
  restart: "replace" | "add";
}

export type DeadlineStatus = "open" | "met" | "missed";

export interface Deadline {
  ruleId: string;
  title: string;
  citation: string;
  kind: "by" | "notBefore";
  party: DeadlineRule["party"];
  check: boolean;
  startedBy: { seq: number; type: string };
  startDay: Day;
  /** `by`: the last day (or the day of the due instant for hours); `notBefore`: the first day. */
  due: Day;
  /** The instant the deadline passes: end of the due day in the legal zone, or start for notBefore. */
  dueAt: string;
  /** The due day before rolling, when rolling moved it. */
  rolledFrom: Day | null;
  status: DeadlineStatus;
  metAt: string | null;
}
