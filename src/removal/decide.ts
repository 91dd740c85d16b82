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
  z.object({ type: z.literal("OrderExpeditedRemoval"), country: countrySchema }),
  z.object({
    type: z.literal("ScheduleRemoval"),
    country: countrySchema,
    scheduledFor: instantSchema,
  }),
  z.object({ type: z.literal("ExecuteRemoval") }),
  z.object({
    type: z.literal("RecordFailedRemovalAttempt"),
    reason: z.enum(failedAttemptReasons),
    detail: z.string().trim().max(2000).nullable().default(null),
  }),
  z.object({
    type: z.literal("GrantStay"),
    stayId: idSchema,
    by: z.enum(stayAuthorities),
  }),
  z.object({ type: z.literal("LiftStay"), stayId: idSchema }),
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
