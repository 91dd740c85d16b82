import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { CustodyFacts } from "../custody/state.ts";
import type { ProtectionEventData } from "../protection/events.ts";
import { failedAttemptReasons, type RemovalFacts } from "./state.ts";

export const stayAuthorities = ["ij", "bia", "court_of_appeals", "dhs"] as const;

/** Events of removal orders, stays and their execution (past tense). */
export const removalEvents = {
  ExpeditedRemovalOrdered: z
    .object({ country: z.string().describe("The country of removal (ISO 3166-1 alpha-2).") })
    .describe("An expedited removal order was made (INA 235(b)(1)(A)(i)); it is final."),
  RemovalScheduled: z
    .object({ country: z.string(), scheduledFor: z.string().describe("ISO 8601.") })
    .describe("A removal was scheduled (INA 241(a)(1))."),
  RemovalExecuted: z
    .object({ country: z.string() })
    .describe("The person was removed (INA 241(a)(1))."),
  RemovalAttemptFailed: z
    .object({ reason: z.enum(failedAttemptReasons), detail: z.string().nullable() })
    .describe("A removal attempt failed: refused to board, medical, other (INA 243(a))."),
  StayGranted: z
    .object({ stayId: z.string(), by: z.enum(stayAuthorities), citation: z.string() })
    .describe("A stay of removal was granted (8 CFR 1003.6(b); 8 CFR 241.6)."),
  StayLifted: z.object({ stayId: z.string() }).describe("A stay of removal was lifted."),
};

export type RemovalEventData = {
  [Type in keyof typeof removalEvents]: z.infer<(typeof removalEvents)[Type]>;
};

export const removalHandlers: EventHandlers<
  RemovalFacts & Pick<CustodyFacts, "facilityId">,
  RemovalEventData & Pick<ProtectionEventData, "CredibleFearReconsidered">
> = {
  // 8 CFR 208.30(g)(2)(iv)(A): a positive reconsideration leaves no expedited removal order.
  CredibleFearReconsidered: (state) => ({
    ...state,
    order: state.order?.kind === "expedited" ? null : state.order,
    finalOrderAt: state.order?.kind === "expedited" ? null : state.finalOrderAt,
    removalPlan: null,
  }),
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
