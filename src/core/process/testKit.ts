/**
 * Given-events / when-command / then-events-or-refusal, in the style of Emmett's deciders: used by
 * the areas' unit tests. Pure: events in, a decision out.
 */
import { type CaseEvent, fold, type PendingEvent } from "../caseLog.ts";
import { runSteps, type StoryStep, step } from "../demo/run.ts";
import { policyInForce } from "../policy/policyInForce.ts";
import { defaultPolicyLog } from "../policy/policyLog.ts";
import type { PolicySnapshot } from "../policy/types.ts";
import { type CommandInput, commandSchema } from "./commands.ts";
import type { Decision } from "./context.ts";
import { decide } from "./decide.ts";
import type { EventDataMap, EventType } from "./events.ts";
import { caseProjection } from "./projection.ts";
import type { CaseState } from "./state.ts";

/** Makes an event as it would sit in the log. */
export function event<Type extends EventType>(
  type: Type,
  data: EventDataMap[Type],
  occurredAt = "2023-06-01T15:00:00Z",
): CaseEvent {
  return { caseId: "test", seq: 0, type, data, actor: "test", reason: null, occurredAt };
}

/** The events a run of commands leaves in the log: a convenient way to write a long history. */
export function history(steps: readonly StoryStep[]): CaseEvent[] {
  const result = runSteps(steps, { caseId: "test" });
  if (!result.ok) {
    throw new Error(`history step ${result.failedAt} refused: ${result.refusal.message}`);
  }
  return result.events;
}

export interface When {
  state: CaseState;
  when(command: CommandInput, at?: string, policy?: PolicySnapshot): Decision;
}

export function given(...groups: (CaseEvent | readonly CaseEvent[])[]): When {
  const events = groups.flat().map((entry, index) => ({ ...entry, seq: index + 1 }));
  const state = fold(caseProjection, events);
  return {
    state,
    when: (command, at = "2023-06-01T15:00:00Z", policy) =>
      decide(state, commandSchema.parse(command), {
        now: at,
        actor: "test",
        policy: policy ?? policyInForce(defaultPolicyLog, at),
      }),
  };
}

/** The events of an accepted decision, or the refusal's rule if it was refused. */
export function outcome(decision: Decision): PendingEvent[] | string {
  return decision.ok ? decision.events : decision.refusal.rule;
}

export { step };
