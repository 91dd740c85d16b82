import type { FactEvolvers } from "../core/process/eventKit.ts";

export const failedAttemptReasons = ["refused_to_board", "medical", "other"] as const;
export type FailedAttemptReason = (typeof failedAttemptReasons)[number];

/** Events of removal orders, stays and their execution (past tense). */
export interface RemovalEventData {
  ExpeditedRemovalOrdered: { country: string };
  RemovalScheduled: { country: string; scheduledFor: string };
  RemovalExecuted: { country: string };
  RemovalAttemptFailed: { reason: FailedAttemptReason; detail: string | null };
  StayGranted: { stayId: string; by: "ij" | "bia" | "court_of_appeals" | "dhs"; citation: string };
  StayLifted: { stayId: string };
}

export const removalEventTypes = [
  "ExpeditedRemovalOrdered",
  "RemovalScheduled",
  "RemovalExecuted",
  "RemovalAttemptFailed",
  "StayGranted",
  "StayLifted",
] as const satisfies readonly (keyof RemovalEventData)[];

export const removalFacts: FactEvolvers<RemovalEventData> = {
  ExpeditedRemovalOrdered: (state, data, event) => ({
    ...state,
    order: { kind: "expedited", at: event.occurredAt, country: data.country },
    finalOrderAt: event.occurredAt,
  }),
  RemovalScheduled: (state, data) => ({
    ...state,
    removalPlan: { country: data.country, scheduledFor: data.scheduledFor },
  }),
  RemovalExecuted: (state, _data, event) => ({
    ...state,
    removedAt: event.occurredAt,
    facilityId: null,
  }),
  // INA 243(a): the attempt is on the record; the person is back in detention.
  RemovalAttemptFailed: (state, data, event) => ({
    ...state,
    removalPlan: null,
    attempts: [
      ...state.attempts,
      { at: event.occurredAt, reason: data.reason, detail: data.detail },
    ],
  }),
  StayGranted: (state, data, event) => ({
    ...state,
    stays: [
      ...state.stays,
      {
        stayId: data.stayId,
        by: data.by,
        citation: data.citation,
        grantedAt: event.occurredAt,
        liftedAt: null,
      },
    ],
  }),
  StayLifted: (state, data, event) => ({
    ...state,
    stays: state.stays.map((stay) =>
      stay.stayId === data.stayId && stay.liftedAt === null
        ? { ...stay, liftedAt: event.occurredAt }
        : stay,
    ),
  }),
};
