import type { KernelState } from "../core/pathway/index.ts";
import type { CourtFacts } from "../court/state.ts";
import type { CustodyFacts } from "../custody/state.ts";
import type { EncountersFacts } from "../encounters/state.ts";
import type { ProtectionFacts } from "../protection/state.ts";

/**
 * The removal region: the order and its execution. A stay is not a value of the region but a set
 * of facts beside it: a stay suspends whatever order the region holds, several can overlap, and
 * lifting one must not forget the order's own stage.
 */
export const removalValues = [
  "no_order",
  "ordered",
  "final_order",
  "scheduled",
  "executed",
] as const;
export type RemovalValue = (typeof removalValues)[number];

export const failedAttemptReasons = ["refused_to_board", "medical", "other"] as const;
export type FailedAttemptReason = (typeof failedAttemptReasons)[number];

export interface RemovalFacts {
  removal: RemovalValue;
  order: { kind: "expedited" | "ij"; at: string; country: string | null } | null;
  finalOrderAt: string | null;
  stays: {
    stayId: string;
    by: string;
    citation: string;
    grantedAt: string;
    /** The order it stays (the order's time): when that order is vacated, the stay lapses. */
    orderAt: string | null;
    liftedAt: string | null;
    lapsedAt: string | null;
  }[];
  /** The removal scheduled: where to, when the flight departs, and which flight (if on one). */
  removalPlan: { country: string; scheduledFor: string; flightId: string | null } | null;
  attempts: {
    at: string;
    reason: FailedAttemptReason;
    detail: string | null;
    flightId: string | null;
  }[];
  removedAt: string | null;
  /** The document the person can travel on, as ICE last recorded it. */
  travelDocument: TravelDocument | null;
}

export const travelDocumentKinds = ["passport", "consular_travel_document"] as const;

export interface TravelDocument {
  kind: (typeof travelDocumentKinds)[number];
  country: string;
  /** The last day it is valid; null when it does not expire. */
  validUntil: string | null;
}

/**
 * Whether the document lets the person travel to `destination` on `day`: issued by that country
 * and valid then (the receiving country admits its nationals on its own papers; INA 243(d)).
 */
export function travelDocumentValid(
  document: TravelDocument | null,
  destination: string,
  day: string,
): boolean {
  return (
    document !== null &&
    document.country === destination &&
    (document.validUntil === null || document.validUntil >= day)
  );
}

/** What the removal area reads: the whole case, for the due-process guard. */
export type RemovalView = KernelState &
  EncountersFacts &
  CustodyFacts &
  ProtectionFacts &
  CourtFacts &
  RemovalFacts;

export function removalFacts(): RemovalFacts {
  return {
    removal: "no_order",
    order: null,
    finalOrderAt: null,
    stays: [],
    removalPlan: null,
    attempts: [],
    removedAt: null,
    travelDocument: null,
  };
}

/** The stays in force: neither lifted nor lapsed with the order they stayed. */
export function activeStays(state: Pick<RemovalFacts, "stays">) {
  return state.stays.filter((stay) => stay.liftedAt === null && !stay.lapsedAt);
}
