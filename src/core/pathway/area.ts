import type { ZodObject, ZodType } from "zod";
import type { CaseEvent } from "../caseLog.ts";
import type { Deadline, DeadlineClock, DeadlineRule } from "../deadlines/types.ts";
import type { Decision } from "../decision.ts";
import type { Region } from "../regions/types.ts";
import type { Standard } from "../standards.ts";

/** How one event type changes the facts of a case (the region values are the table's). */
export type EventHandler<State, Data> = (state: State, data: Data, event: CaseEvent) => State;

/** An area's handlers, one per event type it changes facts for, typed by the events' data. */
export type EventHandlers<State, DataMap> = {
  [Type in keyof DataMap]?: EventHandler<State, DataMap[Type]>;
};

/** A command's schema: a zod object whose `type` is a literal, e.g. `SetBond`. */
export type CommandSchema = ZodObject<{ type: ZodType<string> & { value: string } }>;

/** What comes next for the applicant, as a message key and its parameters for the web. */
export interface NextStep {
  key: string;
  params: Record<string, string | number>;
  /** The case has ended here: the next steps are this step alone. */
  final?: true;
}

/**
 * A thing someone on staff must do next on a case: who (a role), where (their post), and by when.
 * `item` is stable for the case (e.g. `protection.supervisory-review`), so a later event that
 * changes it replaces it.
 */
export interface WorkItem {
  item: string;
  role: string;
  post: { kind: "port" | "facility" | "court"; id: string } | null;
  /** The instant it is due, when a rule or a scheduled time says so. */
  dueAt: string | null;
  /** The deadline rule that sets `dueAt`, when one does. */
  ruleId: string | null;
  /** When it becomes urgent before it is due, when a standard says so. */
  warnAt?: string | null;
}

/** A table for docs/rules.md beside deadlines and standards (e.g. the due-process guard). */
export interface RuleTable {
  heading: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * What an area of the pathway contributes to the process engine: its facts and regions, its
 * events and how they change the facts, its commands with their deciders and who may run them,
 * its deadline rules and standards, and what it adds to a case's next steps and worklist. All
 * pure; `Context` is what its deciders are given. Each function types the part of the case it
 * reads itself; the kernel hands every one the whole case.
 */
// biome-ignore lint/suspicious/noExplicitAny: the whole case, typed by each function of the area.
export interface AreaDomain<Context = any, State = any> {
  name: string;
  /** The area's facts as a new case starts with them (a region's field with its first value). */
  facts?: () => object;
  regions?: readonly Region<State>[];
  events?: {
    /** Every event type the area records, with the schema of its data. */
    schemas: Readonly<Record<string, ZodType>>;
    /** How events (its own or another area's) change the area's facts. */
    // biome-ignore lint/suspicious/noExplicitAny: each handler is typed by its event's data.
    evolve?: Readonly<Record<string, EventHandler<State, any> | undefined>>;
  };
  commands?: {
    schemas: readonly CommandSchema[];
    // biome-ignore lint/suspicious/noExplicitAny: the area's own command union.
    decide: (state: State, command: any, context: Context) => Decision;
    /** Who may run each command (default deny: a command without roles is refused to all). */
    roles: Readonly<Record<string, readonly string[]>>;
    /** The commands that open a case (its first event). */
    opensCase?: readonly string[];
  };
  deadlines?: readonly DeadlineRule[];
  standards?: readonly Standard[];
  ruleTables?: readonly RuleTable[];
  nextSteps?: (state: State, deadlines: readonly Deadline[]) => readonly NextStep[];
  /** Reads the case and its clocks (when deadlines fall, whether met), never the time. */
  worklist?: (state: State, clocks: readonly DeadlineClock[]) => readonly WorkItem[];
}
