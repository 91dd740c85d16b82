import type { Day } from "../calendar.ts";
import type { Condition } from "../regions/types.ts";

/** An event that starts, meets or cancels a deadline, optionally only with some data. */
export interface Trigger {
  type: string;
  when?: readonly Condition[];
  /** For a starting event: the data field that holds its start day (over the rule's own). */
  startField?: string;
}

export type DeadlineUnit = "calendarDays" | "workingDays" | "hours" | "years";

/** Who must act by a deadline, or who must wait for one. */
export type DeadlineParty = "applicant" | "dhs" | "uscis" | "court";

/**
 * A deadline as data (rules.md). `by`: something must happen by the due day; `notBefore`:
 * something may not happen before it (a waiting period).
 */
export interface DeadlineRule {
  id: string;
  title: string;
  citation: string;
  kind: "by" | "notBefore";
  party: DeadlineParty;
  startsOn: readonly Trigger[];
  /** Data field of the starting event that holds the start day or instant (else occurredAt). */
  startField?: string;
  /** Count from the latest earlier event of this type instead of the starting event. */
  countsFrom?: string;
  /** The deadline applies only when this event happened earlier in the case. */
  requiresPrior?: string;
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

/**
 * One clock a case's events started: what the case keeps (its `clocks`), from which every
 * deadline's status at any moment follows. Plain JSON.
 */
export interface DeadlineClock {
  ruleId: string;
  startedBy: { seq: number; type: string };
  startDay: Day;
  due: Day;
  dueAt: string;
  rolledFrom: Day | null;
  metAt: string | null;
}

/** A case's running clocks, and when the events the rules count from last happened. */
export interface Clocks {
  running: DeadlineClock[];
  last: Record<string, string>;
}

export interface Deadline {
  ruleId: string;
  title: string;
  citation: string;
  kind: "by" | "notBefore";
  party: DeadlineParty;
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
