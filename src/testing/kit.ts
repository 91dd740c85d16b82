/**
 * Given-events / when-command / then-events-or-refusal, in the style of Emmett's deciders, over
 * the whole pathway: used by the areas' unit tests. Pure: events in, a decision out.
 */
import type { CaseEvent, PendingEvent } from "../core/caseLog.ts";
import { fold } from "../core/caseLog.ts";
import type { Decision } from "../core/decision.ts";
import { runSteps, type StoryStep } from "../core/pathway/index.ts";
import { demoReferences } from "../demo/docket.ts";
import { step } from "../demo/stories/common.ts";
import {
  type CaseState,
  type CommandInput,
  type EventData,
  pathway,
  policyAt,
} from "../pathway.ts";
import type { PolicySnapshot } from "../policy/types.ts";

/** Makes an event as it would sit in the log. */
export function event<Type extends keyof EventData>(
  type: Type,
  data: EventData[Type],
  occurredAt = "2023-06-01T15:00:00Z",
  actor = "test",
): CaseEvent {
  return {
    caseId: "test",
    seq: 0,
    type,
    data: data as Record<string, unknown>,
    actor,
    reason: null,
    occurredAt,
  };
}

/** Runs commands through the engine with the built-in policy log, as the demo does. */
export function run(steps: readonly StoryStep<CommandInput>[], caseId = "demo") {
  return runSteps<CaseState, ReturnType<typeof policyAt>>(
    pathway,
    steps,
    (at, actor, command) => ({ ...policyAt(at, actor), references: demoReferences(command) }),
    { caseId },
  );
}

/** The events a run of commands leaves in the log: a convenient way to write a long history. */
export function history(steps: readonly StoryStep<CommandInput>[]): CaseEvent[] {
  const result = run(steps, "test");
  if (!result.ok) {
    throw new Error(`history step ${result.failedAt} refused: ${result.refusal.message}`);
  }
  return result.events;
}

export interface When {
  state: CaseState;
  when(command: CommandInput, at?: string, policy?: PolicySnapshot): Decision;
  /** The same, given by one actor (an account id): for rules on who may act. */
  whenBy(actor: string, command: CommandInput, at?: string): Decision;
}

export function given(...groups: (CaseEvent | readonly CaseEvent[])[]): When {
  const events = groups.flat().map((entry, index) => ({ ...entry, seq: index + 1 }));
  const state = fold(pathway.projection, events);
  return {
    state,
    when: (command, at = "2023-06-01T15:00:00Z", policy) =>
      pathway.decide(state, pathway.commandSchema.parse(command), {
        ...policyAt(at, "test"),
        references: demoReferences(command),
        ...(policy ? { policy } : {}),
      }),
    whenBy: (actor, command, at = "2023-06-01T15:00:00Z") =>
      pathway.decide(state, pathway.commandSchema.parse(command), {
        ...policyAt(at, actor),
        references: demoReferences(command),
      }),
  };
}

/** The events of an accepted decision, or the refusal's rule if it was refused. */
export function outcome(decision: Decision): PendingEvent[] | string {
  return decision.ok ? decision.events : decision.refusal.rule;
}

/** The deadlines of events at `now`, as the deadline engine computes them. */
export function deadlines(events: readonly CaseEvent[], now: string) {
  return pathway.deadlines.of(events, now);
}

export { step };
