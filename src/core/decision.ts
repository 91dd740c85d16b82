import type { PendingEvent } from "./caseLog.ts";
import type { Refusal } from "./refusal.ts";

/**
 * What a decision is given besides the state and the command. Time comes in with the command and
 * is never read; `policy` is what the pathway says is in force at `now` (its type is the
 * pathway's own).
 */
export interface DecideContext<Policy = unknown> {
  /** The command's time (ISO 8601 instant). */
  now: string;
  actor: string;
  policy: Policy;
  /**
   * Records outside the case that the command names (e.g. the hearing slot it books), looked up
   * in the command's transaction by the areas that own them: the decider reads them here and
   * never reads the database. Absent where nothing was looked up.
   */
  references?: Readonly<Record<string, unknown>>;
}

/** The events a command leads to, or the refusal naming the rule that forbids it. */
export type Decision = { ok: true; events: PendingEvent[] } | { ok: false; refusal: Refusal };

export function accept(...events: PendingEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(refusal: Refusal): Decision {
  return { ok: false, refusal };
}

/**
 * A maker of pending events whose data is checked against an area's event types, e.g.
 * `const event = eventMaker<CustodyEventData>(); event("BondSet", { amountCents, setBy })`.
 */
export function eventMaker<DataMap>() {
  return <Type extends keyof DataMap & string>(
    type: Type,
    data: DataMap[Type],
    reason?: string,
  ): PendingEvent<Type, DataMap[Type] & Record<string, unknown>> =>
    (reason === undefined ? { type, data } : { type, data, reason }) as PendingEvent<
      Type,
      DataMap[Type] & Record<string, unknown>
    >;
}
