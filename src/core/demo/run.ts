import { type CaseEvent, sequence } from "../caseLog.ts";
import { policyInForce } from "../policy/policyInForce.ts";
import { defaultPolicyLog } from "../policy/policyLog.ts";
import type { PolicyChange } from "../policy/types.ts";
import { type CommandInput, commandSchema } from "../process/commands.ts";
import { decide } from "../process/decide.ts";
import { evolve } from "../process/projection.ts";
import { type CaseState, initialCaseState } from "../process/state.ts";
import type { Refusal } from "../refusal.ts";

/** One step of a story: when, who (a role), and the command they gave. */
export interface StoryStep {
  at: string;
  actor: string;
  command: CommandInput;
}

export type RunResult =
  | { ok: true; state: CaseState; events: CaseEvent[] }
  | { ok: false; state: CaseState; events: CaseEvent[]; failedAt: number; refusal: Refusal };

/**
 * Runs commands through the engine in order, as the platform would: parse, decide with the
 * policy in force at the step's time, sequence the events, evolve. Stops at the first refusal.
 */
export function runSteps(
  steps: readonly StoryStep[],
  options: {
    caseId?: string;
    policyLog?: readonly PolicyChange[];
    from?: { state: CaseState; events: CaseEvent[] };
  } = {},
): RunResult {
  const caseId = options.caseId ?? "demo";
  const log = options.policyLog ?? defaultPolicyLog;
  let state = options.from?.state ?? initialCaseState();
  const events: CaseEvent[] = [...(options.from?.events ?? [])];
  for (const [index, step] of steps.entries()) {
    const command = commandSchema.parse(step.command);
    const decision = decide(state, command, {
      now: step.at,
      actor: step.actor,
      policy: policyInForce(log, step.at),
    });
    if (!decision.ok)
      return { ok: false, state, events, failedAt: index, refusal: decision.refusal };
    for (const event of sequence(caseId, events.length, decision.events, {
      actor: step.actor,
      occurredAt: step.at,
    })) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return { ok: true, state, events };
}

export function step(at: string, actor: string, command: CommandInput): StoryStep {
  return { at, actor, command };
}
