/**
 * The case event log, as the pure core sees it. The log is the source of truth for a case
 * (design.md, "Domain model"); every other view of the case is a fold of these events.
 */

/** One fact on a case, as it is stored: never updated, never deleted. */
export interface CaseEvent<Type extends string = string, Data = Record<string, unknown>> {
  caseId: string;
  /** 1, 2, 3 … with no gap: the case's version after this event. */
  seq: number;
  /** Past tense, in the domain's words: FearClaimed, BondSet, RemovalExecuted. */
  type: Type;
  data: Data;
  /** Who recorded it: an account id, or `system:<job>` for the engine's own work. */
  actor: string;
  /** Why, in the actor's words, when the action needs one (exceptions, refusals, corrections). */
  reason: string | null;
  /** When the fact happened (ISO 8601 instant), as the command said; not when it was stored. */
  occurredAt: string;
}

/** An event a decision produced, before the log gives it a sequence number. */
export interface PendingEvent<Type extends string = string, Data = Record<string, unknown>> {
  type: Type;
  data: Data;
  reason?: string | null;
}

/** How a view of a case is built: a start value and one step per event. */
export interface Projection<State> {
  initial: () => State;
  evolve: (state: State, event: CaseEvent) => State;
}

export function fold<State>(projection: Projection<State>, events: Iterable<CaseEvent>): State {
  let state = projection.initial();
  for (const event of events) state = projection.evolve(state, event);
  return state;
}

/** Gives pending events their place in the log after `version`, the case's current version. */
export function sequence(
  caseId: string,
  version: number,
  pending: readonly PendingEvent[],
  envelope: { actor: string; occurredAt: string },
): CaseEvent[] {
  return pending.map((event, index) => ({
    caseId,
    seq: version + index + 1,
    type: event.type,
    data: event.data,
    actor: envelope.actor,
    reason: event.reason ?? null,
    occurredAt: envelope.occurredAt,
  }));
}
