import type { PendingEvent } from "../caseLog.ts";
import type { PolicySnapshot } from "../policy/types.ts";
import type { Refusal } from "../refusal.ts";

/** What a decision is given besides the state and the command: time comes in, never read. */
export interface DecideContext {
  /** The command's time (ISO 8601 instant). */
  now: string;
  actor: string;
  /** The policy in force at `now` (policyInForce(log, now)). */
  policy: PolicySnapshot;
}

export type Decision = { ok: true; events: PendingEvent[] } | { ok: false; refusal: Refusal };

export function accept(...events: PendingEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(refusal: Refusal): Decision {
  return { ok: false, refusal };
}
