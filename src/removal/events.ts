import { z } from "zod";
import type { CaseEvent } from "../core/caseLog.ts";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { CourtEventData } from "../court/events.ts";
import type { CustodyFacts } from "../custody/state.ts";
import type { ProtectionEventData } from "../protection/events.ts";
import { failedAttemptReasons, type RemovalFacts, travelDocumentKinds } from "./state.ts";

const flightId = z
  .string()
  .optional()
  .describe("The removal flight (its id), for a removal scheduled onto a flight.");

export const stayAuthorities = ["ij", "bia", "court_of_appeals", "dhs"] as const;

/** Events of removal orders, stays and their execution (past tense). */
export const removalEvents = {
  ExpeditedRemovalOrdered: z
    .object({ country: z.string().describe("The country of removal (ISO 3166-1 alpha-2).") })
    .describe("An expedited removal order was made (INA 235(b)(1)(A)(i)); it is final."),
  RemovalScheduled: z
    .object({
      country: z.string().describe("The flight's destination (ISO 3166-1 alpha-2)."),
      scheduledFor: z.string().describe("When the flight departs (ISO 8601)."),
      flightId,
    })
    .describe("A removal was scheduled, or moved onto another flight (INA 241(a)(1))."),
  RemovalExecuted: z
    .object({ country: z.string(), flightId })
    .describe("The person was removed (INA 241(a)(1))."),
  RemovalAttemptFailed: z
    .object({ reason: z.enum(failedAttemptReasons), detail: z.string().nullable(), flightId })
    .describe("A removal attempt failed: refused to board, medical, other (INA 243(a))."),
  RemovalCancelled: z
    .object({ reason: z.string().describe("Why the removal was called off."), flightId })
    .describe(
      "A scheduled removal was called off: the order stays final and the person in custody (INA 241(a)(1)-(2)).",
    ),
  StayGranted: z
    .object({ stayId: z.string(), by: z.enum(stayAuthorities), citation: z.string() })
    .describe("A stay of removal was granted (8 CFR 1003.6(b); 8 CFR 241.6)."),
  StayLifted: z.object({ stayId: z.string() }).describe("A stay of removal was lifted."),
  TravelDocumentRecorded: z
    .object({
      kind: z.enum(travelDocumentKinds),
      country: z.string().describe("The issuing country (ISO 3166-1 alpha-2)."),
      validUntil: z.string().nullable().describe("The last day it is valid, or null."),
    })
    .describe("ICE recorded the document the person can travel on (8 CFR 241.4; INA 243(d))."),
};

export type RemovalEventData = {
  [Type in keyof typeof removalEvents]: z.infer<(typeof removalEvents)[Type]>;
};

type Facts = RemovalFacts & Pick<CustodyFacts, "facilityId">;

/**
 * A stay stays one order: once that order is vacated (a reconsidered screening, a motion granted,
 * an appeal sustained or remanded), the stay lapses with it and cannot block a later order.
 * The court's handlers run first, so `order` is the order left after the event.
 */
function lapseStays(state: Facts, event: CaseEvent): Facts {
  const current = state.order?.at ?? null;
  if (!state.stays.some((stay) => !stay.liftedAt && !stay.lapsedAt && stay.orderAt !== current)) {
    return state;
  }
  return {
    ...state,
    stays: state.stays.map((stay) =>
      !stay.liftedAt && !stay.lapsedAt && stay.orderAt !== current
        ? { ...stay, lapsedAt: event.occurredAt }
        : stay,
    ),
  };
}

export const removalHandlers: EventHandlers<
  Facts,
  RemovalEventData &
    Pick<ProtectionEventData, "CredibleFearReconsidered"> &
    Pick<CourtEventData, "IJDecisionIssued" | "AppealDecided" | "MotionDecided">
> = {
  // 8 CFR 208.30(g)(2)(iv)(A): a positive reconsideration leaves no expedited removal order.
  CredibleFearReconsidered: (state, _data, event) =>
    lapseStays(
      {
        ...state,
        order: state.order?.kind === "expedited" ? null : state.order,
        finalOrderAt: state.order?.kind === "expedited" ? null : state.finalOrderAt,
        removalPlan: null,
      },
      event,
    ),
  IJDecisionIssued: (state, _data, event) => lapseStays(state, event),
  AppealDecided: (state, _data, event) => lapseStays(state, event),
  MotionDecided: (state, _data, event) => lapseStays(state, event),
  ExpeditedRemovalOrdered: (state, data, event) => ({
    ...state,
    order: { kind: "expedited", at: event.occurredAt, country: data.country },
    finalOrderAt: event.occurredAt,
  }),
  RemovalScheduled: (state, data) => ({
    ...state,
    removalPlan: {
      country: data.country,
      scheduledFor: data.scheduledFor,
      flightId: data.flightId ?? null,
    },
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
      {
        at: event.occurredAt,
        reason: data.reason,
        detail: data.detail,
        flightId: data.flightId ?? null,
      },
    ],
  }),
  RemovalCancelled: (state) => ({ ...state, removalPlan: null }),
  StayGranted: (state, data, event) => ({
    ...state,
    stays: [
      ...state.stays,
      {
        stayId: data.stayId,
        by: data.by,
        citation: data.citation,
        grantedAt: event.occurredAt,
        orderAt: state.order?.at ?? null,
        liftedAt: null,
        lapsedAt: null,
      },
    ],
  }),
  TravelDocumentRecorded: (state, data) => ({
    ...state,
    travelDocument: { kind: data.kind, country: data.country, validUntil: data.validUntil },
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
