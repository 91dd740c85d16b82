import type { ZodType } from "zod";
import type { CaseEvent, PendingEvent, Projection } from "../../core/caseLog.ts";
import type { Deadline } from "../../core/deadlines/types.ts";
import type { NextStep } from "../../core/process/nextSteps.ts";

/** A command the case's state does not allow, with the rule that forbids it. */
export interface Refusal {
  rule: string;
  citation: string;
  message: string;
  field?: string;
}

export type Decision = { ok: true; events: PendingEvent[] } | { ok: false; refusal: Refusal };

export interface DecideContext {
  /** The command's time (ISO 8601 instant): domain code never reads the clock. */
  now: string;
  actor: string;
}

/** Where a case stands, one value per region of the process model. */
export interface CaseSummary {
  custody: string;
  protection: string;
  removal: string;
}

/**
 * What the platform needs from the process engine: how to fold events into a case's state,
 * which commands exist, how one is decided, how the state reads in three words, which deadlines
 * run, what comes next, and the model as a diagram.
 */
export interface CaseEngine<State = unknown, Command extends { type: string } = { type: string }> {
  projection: Projection<State>;
  commandSchema: ZodType<Command>;
  decide: (state: State, command: Command, context: DecideContext) => Decision;
  summarize: (state: State) => CaseSummary;
  deadlines: (events: readonly CaseEvent[], now: string) => Deadline[];
  nextSteps: (state: State, deadlines: readonly Deadline[]) => NextStep[];
  /** The process model as a Mermaid state diagram. */
  diagram: () => string;
}
