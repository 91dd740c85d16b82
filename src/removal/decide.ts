import { z } from "zod";
import { compareInstants, dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema, daySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type RemovalEventData, stayAuthorities } from "./events.ts";
import { removalBlocker } from "./guard.ts";
import { failedAttemptReasons, type RemovalView, travelDocumentKinds } from "./state.ts";

const event = eventMaker<RemovalEventData>();

const stayCitations = {
  ij: "8 CFR 1003.23(b)(1)(v)",
  bia: "8 CFR 1003.6(b); 8 CFR 1003.2(f)",
  court_of_appeals: "INA 242(b)(3)(B)",
  dhs: "8 CFR 241.6",
} as const;

/** Where a removal flight goes and when: the flight routes copy these from the flight's record. */
const flightFields = {
  flightId: z.uuid().describe("The removal flight, by its id (GET /api/removal-flights)."),
  destination: countrySchema.describe(
    "The flight's destination, ISO 3166-1 alpha-2, as the flight's record has it.",
  ),
  departsAt: instantSchema.describe(
    "When the flight departs, ISO 8601 with offset, as the flight's record has it.",
  ),
};

const ONLY_ON_A_MANIFEST =
  "It runs only through a removal flight's manifest (POST /api/removal-flights/{id}/manifest and its outcomes), which takes the flight's data from its record; the command route refuses it to every role.";

export const removalCommandSchemas = [
  z
    .object({
      type: z.literal("OrderExpeditedRemoval"),
      country: countrySchema.describe("The country of removal, ISO 3166-1 alpha-2."),
    })
    .meta({
      description:
        "Record an expedited removal order (INA 235(b)(1)(A)(i)); it is final when made. Refused for a person not processed for expedited removal. After a negative credible-fear determination it waits for the screening: refused until the determination is served and the person has said whether they want IJ review.",
      examples: [{ type: "OrderExpeditedRemoval", country: "RU" }],
    }),
  z.object({ type: z.literal("ScheduleRemoval"), ...flightFields }).meta({
    description: `Put the person's removal on a flight (INA 241(a)(1)). ${ONLY_ON_A_MANIFEST} Refused once the flight has left, when a removal is already scheduled (RescheduleRemoval moves it), and while any fact bars removal at the flight's departure: the credible-fear screening or its review pending, proceedings or an appeal pending or the appeal period running, a stay in force, a motion that stays removal, no final order, or removals to the destination paused by the policy in force when the flight departs.`,
    examples: [
      {
        type: "ScheduleRemoval",
        flightId: "5f0c3a52-8f7e-4d3a-9b1e-2f4a6c8d0e11",
        destination: "RU",
        departsAt: "2023-01-17T14:00:00Z",
      },
    ],
  }),
  z.object({ type: z.literal("RescheduleRemoval"), ...flightFields }).meta({
    description: `Move a scheduled removal onto another flight (INA 241(a)(1)). ${ONLY_ON_A_MANIFEST} Refused when no removal is scheduled, onto the flight it is already on, once the new flight has left, and while any fact bars removal at the new flight's departure (as for ScheduleRemoval).`,
    examples: [
      {
        type: "RescheduleRemoval",
        flightId: "9a1d2b3c-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
        destination: "RU",
        departsAt: "2023-02-08T12:00:00Z",
      },
    ],
  }),
  z.object({ type: z.literal("ExecuteRemoval") }).meta({
    description: `Record that the person was removed on the flight of the scheduled removal (INA 241(a)(1)). ${ONLY_ON_A_MANIFEST} Refused while any fact bars removal, with the policy in force at the flight's departure. It has no fields.`,
    examples: [{ type: "ExecuteRemoval" }],
  }),
  z
    .object({
      type: z.literal("RecordFailedRemovalAttempt"),
      reason: z
        .enum(failedAttemptReasons)
        .describe("Why the removal failed: refused_to_board, medical, or other."),
      detail: z
        .string()
        .trim()
        .max(2000)
        .nullable()
        .default(null)
        .describe(
          "What happened, in words (up to 2,000 characters). Null, the default, when none is given.",
        ),
    })
    .meta({
      description: `Record that a removal attempt failed (INA 243(a)): the person is back in detention and the removal must be scheduled again. ${ONLY_ON_A_MANIFEST}`,
      examples: [
        {
          type: "RecordFailedRemovalAttempt",
          reason: "medical",
          detail: "Fainted while being loaded onto the aircraft; returned to detention.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("CancelRemoval"),
      reason: z
        .string()
        .trim()
        .min(1)
        .max(2000)
        .describe("Why the removal is called off, in words (up to 2,000 characters)."),
    })
    .meta({
      description: `Call off the scheduled removal: the order stays final and the person stays in custody (INA 241(a)(1)-(2)). ${ONLY_ON_A_MANIFEST} Refused when no removal is scheduled.`,
      examples: [{ type: "CancelRemoval", reason: "The charter flight was cancelled." }],
    }),
  z
    .object({
      type: z.literal("GrantStay"),
      stayId: idSchema.describe(
        "An id for the stay, unique in the case. LiftStay names the stay by it.",
      ),
      by: z
        .enum(stayAuthorities)
        .describe(
          "Who grants the stay: ij (8 CFR 1003.23(b)(1)(v)), bia (8 CFR 1003.6(b); 8 CFR 1003.2(f)), court_of_appeals (INA 242(b)(3)(B)) or dhs (8 CFR 241.6).",
        ),
    })
    .meta({
      description:
        "Record a stay of removal of the order in force: removal is barred while it is in force. The stay lapses when that order is vacated. Refused for a stay id already on the record.",
      examples: [{ type: "GrantStay", stayId: "stay-105-1", by: "dhs" }],
    }),
  z
    .object({
      type: z.literal("LiftStay"),
      stayId: idSchema.describe("The stay lifted: the id it was granted with."),
    })
    .meta({
      description:
        "Record that a stay of removal was lifted, whatever became of the order. Refused when no stay with that id is in force: never granted, already lifted, or lapsed with the order it stayed (8 CFR 1003.6(b); 8 CFR 241.6).",
      examples: [{ type: "LiftStay", stayId: "stay-105-1" }],
    }),
  z
    .object({
      type: z.literal("RecordTravelDocument"),
      kind: z
        .enum(travelDocumentKinds)
        .describe(
          "The document: passport (the person's own), or consular_travel_document (issued by the receiving country's consulate for the removal).",
        ),
      country: countrySchema.describe("The issuing country, ISO 3166-1 alpha-2."),
      validUntil: daySchema
        .nullable()
        .default(null)
        .describe(
          "The last day it is valid (YYYY-MM-DD). Null, the default, when it does not expire.",
        ),
    })
    .meta({
      description:
        "Record the document the person can travel on for their removal (8 CFR 241.4; INA 243(d)); a removal flight's manifest shows whether it is valid for the flight's destination on its date. No document number is kept.",
      examples: [
        { type: "RecordTravelDocument", kind: "passport", country: "RU", validUntil: "2030-05-31" },
      ],
    }),
] as const;

export type RemovalCommand = z.infer<(typeof removalCommandSchemas)[number]>;
type FlightCommand = Extract<RemovalCommand, { type: "ScheduleRemoval" | "RescheduleRemoval" }>;

/** The commands that run only through a flight's manifest (flights/routes.ts). */
export const flightCommandTypes = [
  "ScheduleRemoval",
  "RescheduleRemoval",
  "ExecuteRemoval",
  "RecordFailedRemovalAttempt",
  "CancelRemoval",
] as const satisfies readonly RemovalCommand["type"][];

function orderExpedited(
  state: RemovalView,
  country: string,
  policy: PolicyContext["policy"],
): Decision {
  if (state.pathway !== "expedited_removal") {
    return refuse(
      refusal(
        "removal.expedited.not-in-expedited-removal",
        "INA 235(b)(1)(A)(i)",
        "The person was not processed for expedited removal, so no expedited removal order can be made.",
      ),
    );
  }
  // The order waits for the screening: the same facts that bar a removal bar the order.
  if (state.protection === "cf_negative" && state.credibleFear?.ijReview === "none") {
    const blocked = removalBlocker(state, country, policy);
    if (blocked) return refuse(blocked);
  }
  return accept(event("ExpeditedRemovalOrdered", { country }));
}

/**
 * Onto a flight: one that has not left, and only if nothing bars removal when it departs — the
 * guard reads the policy in force at the departure, so a pause that starts before the flight
 * leaves blocks it even when the person is put on it earlier.
 */
function scheduleOnFlight(
  state: RemovalView,
  command: FlightCommand,
  context: PolicyContext,
): Decision {
  const plan = state.removalPlan;
  if (command.type === "ScheduleRemoval" && state.removal === "scheduled") {
    return refuse(
      refusal(
        "removal.schedule.already-scheduled",
        "INA 241(a)(1)",
        `A removal is already scheduled for ${dayOf(plan?.scheduledFor ?? context.now)}: move it onto the new flight instead (RescheduleRemoval).`,
        "flightId",
      ),
    );
  }
  if (command.type === "RescheduleRemoval") {
    if (state.removal !== "scheduled" || !plan) {
      return refuse(
        refusal(
          "removal.reschedule.not-scheduled",
          "INA 241(a)(1)",
          "No removal is scheduled, so there is none to move onto another flight.",
        ),
      );
    }
    if (plan.flightId === command.flightId) {
      return refuse(
        refusal(
          "removal.reschedule.same-flight",
          "INA 241(a)(1)",
          "The removal is already scheduled on this flight.",
          "flightId",
        ),
      );
    }
  }
  if (compareInstants(command.departsAt, context.now) <= 0) {
    return refuse(
      refusal(
        "removal.schedule.flight-departed",
        "INA 241(a)(1)",
        `The flight departed at ${command.departsAt}: a removal is scheduled onto a flight before it leaves.`,
        "departsAt",
      ),
    );
  }
  const blocked = removalBlocker(state, command.destination, context.policyAt(command.departsAt));
  if (blocked) return refuse(blocked);
  return accept(
    event("RemovalScheduled", {
      country: command.destination,
      scheduledFor: command.departsAt,
      flightId: command.flightId,
    }),
  );
}

/** The flight of the scheduled removal, for the events of its outcome (none for older plans). */
function onPlannedFlight(state: RemovalView): { flightId?: string } {
  const flightId = state.removalPlan?.flightId;
  return flightId ? { flightId } : {};
}

export function decideRemoval(
  state: RemovalView,
  command: RemovalCommand,
  context: PolicyContext,
): Decision {
  switch (command.type) {
    case "OrderExpeditedRemoval":
      return orderExpedited(state, command.country, context.policy);
    case "ScheduleRemoval":
    case "RescheduleRemoval":
      return scheduleOnFlight(state, command, context);
    case "ExecuteRemoval": {
      const plan = state.removalPlan;
      const country = plan?.country ?? state.order?.country ?? "";
      // The person is removed when the flight departs: the policy then is the one that counts.
      const policy = plan ? context.policyAt(plan.scheduledFor) : context.policy;
      const blocked = removalBlocker(state, country, policy);
      if (blocked) return refuse(blocked);
      return accept(event("RemovalExecuted", { country, ...onPlannedFlight(state) }));
    }
    case "RecordFailedRemovalAttempt":
      return accept(
        event("RemovalAttemptFailed", {
          reason: command.reason,
          detail: command.detail,
          ...onPlannedFlight(state),
        }),
      );
    case "CancelRemoval":
      if (state.removal !== "scheduled") {
        return refuse(
          refusal(
            "removal.cancel.not-scheduled",
            "INA 241(a)(1)",
            `No removal is scheduled (removal: ${state.removal}), so there is none to call off.`,
          ),
        );
      }
      return accept(
        event("RemovalCancelled", { reason: command.reason, ...onPlannedFlight(state) }),
      );
    case "GrantStay":
      if (state.stays.some((stay) => stay.stayId === command.stayId)) {
        return refuse(
          refusal(
            "removal.stay.duplicate",
            stayCitations[command.by],
            `Stay ${command.stayId} is already on the record.`,
            "stayId",
          ),
        );
      }
      return accept(
        event("StayGranted", {
          stayId: command.stayId,
          by: command.by,
          citation: stayCitations[command.by],
        }),
      );
    case "RecordTravelDocument":
      return accept(
        event("TravelDocumentRecorded", {
          kind: command.kind,
          country: command.country,
          validUntil: command.validUntil,
        }),
      );
    case "LiftStay": {
      const stay = state.stays.find(
        (candidate) => candidate.stayId === command.stayId && candidate.liftedAt === null,
      );
      if (!stay || stay.lapsedAt) {
        return refuse(
          refusal(
            "removal.stay.not-in-force",
            "8 CFR 1003.6(b); 8 CFR 241.6",
            stay?.lapsedAt
              ? `No stay ${command.stayId} is in force: it lapsed on ${dayOf(stay.lapsedAt)} when the order it stayed was vacated.`
              : `No stay ${command.stayId} is in force.`,
            "stayId",
          ),
        );
      }
      return accept(event("StayLifted", { stayId: command.stayId }));
    }
  }
}
