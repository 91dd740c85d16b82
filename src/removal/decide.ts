import { z } from "zod";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type RemovalEventData, stayAuthorities } from "./events.ts";
import { removalBlocker } from "./guard.ts";
import { failedAttemptReasons, type RemovalView } from "./state.ts";

const event = eventMaker<RemovalEventData>();

const stayCitations = {
  ij: "8 CFR 1003.23(b)(1)(v)",
  bia: "8 CFR 1003.6(b); 8 CFR 1003.2(f)",
  court_of_appeals: "INA 242(b)(3)(B)",
  dhs: "8 CFR 241.6",
} as const;

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
  z
    .object({
      type: z.literal("ScheduleRemoval"),
      country: countrySchema.describe(
        "The country the person is to be removed to, ISO 3166-1 alpha-2.",
      ),
      scheduledFor: instantSchema.describe("When the removal is to happen, ISO 8601 with offset."),
    })
    .meta({
      description:
        "Schedule the person's removal (INA 241(a)(1)). Refused while any fact bars removal: the credible-fear screening or its review pending, proceedings or an appeal pending or the appeal period running, a stay in force, a motion that stays removal, no final order, or removals to that country paused by policy.",
      examples: [{ type: "ScheduleRemoval", country: "RU", scheduledFor: "2023-01-17T14:00:00Z" }],
    }),
  z.object({ type: z.literal("ExecuteRemoval") }).meta({
    description:
      "Record that the person was removed, to the country of the scheduled removal or else of the order (INA 241(a)(1)). Refused while any fact bars removal, as for ScheduleRemoval. It has no fields.",
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
      description:
        "Record that a removal attempt failed (INA 243(a)): the person is back in detention and the removal must be scheduled again.",
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
        "Record a stay of removal: removal is barred while it is in force. Refused for a stay id already on the record.",
      examples: [{ type: "GrantStay", stayId: "stay-105-1", by: "dhs" }],
    }),
  z
    .object({
      type: z.literal("LiftStay"),
      stayId: idSchema.describe("The stay lifted: the id it was granted with."),
    })
    .meta({
      description:
        "Record that a stay of removal was lifted. Refused when no stay with that id is in force (8 CFR 1003.6(b); 8 CFR 241.6).",
      examples: [{ type: "LiftStay", stayId: "stay-105-1" }],
    }),
] as const;

export type RemovalCommand = z.infer<(typeof removalCommandSchemas)[number]>;

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

export function decideRemoval(
  state: RemovalView,
  command: RemovalCommand,
  context: PolicyContext,
): Decision {
  switch (command.type) {
    case "OrderExpeditedRemoval":
      return orderExpedited(state, command.country, context.policy);
    case "ScheduleRemoval": {
      const blocked = removalBlocker(state, command.country, context.policy);
      if (blocked) return refuse(blocked);
      return accept(
        event("RemovalScheduled", {
          country: command.country,
          scheduledFor: command.scheduledFor,
        }),
      );
    }
    case "ExecuteRemoval": {
      const country = state.removalPlan?.country ?? state.order?.country ?? "";
      const blocked = removalBlocker(state, country, context.policy);
      if (blocked) return refuse(blocked);
      return accept(event("RemovalExecuted", { country }));
    }
    case "RecordFailedRemovalAttempt":
      return accept(
        event("RemovalAttemptFailed", { reason: command.reason, detail: command.detail }),
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
    case "LiftStay":
      if (!state.stays.some((stay) => stay.stayId === command.stayId && stay.liftedAt === null)) {
        return refuse(
          refusal(
            "removal.stay.not-in-force",
            "8 CFR 1003.6(b); 8 CFR 241.6",
            `No stay ${command.stayId} is in force.`,
            "stayId",
          ),
        );
      }
      return accept(event("StayLifted", { stayId: command.stayId }));
  }
}
