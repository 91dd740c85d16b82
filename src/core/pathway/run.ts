import { type CaseEvent, sequence } from "../caseLog.ts";
import type { DecideContext } from "../decision.ts";
import type { Refusal } from "../refusal.ts";
import type { KernelState, Pathway } from "./assemble.ts";

/** One step of a story: when, who (a role), and the command they gave. */
export interface StoryStep<Command = { type: string }> {
  at: string;
  actor: string;
  command: Command;
}

export type RunResult<State> =
  | { ok: true; state: State; events: CaseEvent[] }
  | { ok: false; state: State; events: CaseEvent[]; failedAt: number; refusal: Refusal };

/**
 * Runs commands through a pathway's engine in order, as the platform would: parse, decide with
 * the context of the step's time, sequence the events, evolve. Stops at the first refusal.
 */
export function runSteps<State extends KernelState, Context extends DecideContext>(
  pathway: Pathway<Context, State>,
  steps: readonly StoryStep<unknown>[],
  contextAt: (at: string, actor: string, command: { type: string }) => Context,
  options: { caseId?: string; from?: { state: State; events: CaseEvent[] } } = {},
): RunResult<State> {
  const caseId = options.caseId ?? "demo";
  let state = options.from?.state ?? pathway.projection.initial();
  const events: CaseEvent[] = [...(options.from?.events ?? [])];
  for (const [index, step] of steps.entries()) {
    const command = pathway.commandSchema.parse(step.command);
    const decision = pathway.decide(state, command, contextAt(step.at, step.actor, command));
    if (!decision.ok) {
      return { ok: false, state, events, failedAt: index, refusal: decision.refusal };
    }
    for (const event of sequence(caseId, events.length, decision.events, {
      actor: step.actor,
      occurredAt: step.at,
    })) {
      events.push(event);
      state = pathway.projection.evolve(state, event);
    }
  }
  return { ok: true, state, events };
}

export function step<Command>(at: string, actor: string, command: Command): StoryStep<Command> {
  return { at, actor, command };
}
