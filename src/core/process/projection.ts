import type { CaseEvent, Projection } from "../caseLog.ts";
import type { FactEvolver } from "./eventKit.ts";
import { factEvolvers, isEventType } from "./events.ts";
import { type CaseState, initialCaseState } from "./state.ts";
import { applyTransitions } from "./table/index.ts";

/** One step of the case's fold: the table moves the regions, the owning area updates the facts. */
export function evolve(state: CaseState, event: CaseEvent): CaseState {
  // An event type this version does not know (a newer writer) leaves the state as it is.
  if (!isEventType(event.type)) return state;
  const moved = applyTransitions(state, event.type, event.data);
  const evolver = factEvolvers[event.type] as unknown as FactEvolver<Record<string, unknown>>;
  return evolver(moved, event.data, event);
}

/** The projection the platform stores as the case's state (jsonb). */
export const caseProjection: Projection<CaseState> = { initial: initialCaseState, evolve };
