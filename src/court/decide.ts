import { z } from "zod";
import { compareInstants, dayOf } from "../core/calendar.ts";
import { dueFor } from "../core/deadlines/index.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema, daySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type ProtectionFacts, protectionOutcomes } from "../protection/state.ts";
import type { RemovalFacts } from "../removal/state.ts";
import type { CourtEventData } from "./events.ts";
import { biaAppeal, firstHearingWait, motionToReconsider, motionToReopen } from "./rules.ts";
import type { CourtFacts } from "./state.ts";

const event = eventMaker<CourtEventData>();

/** What the court's rules read: the proceedings, the screening before them, the final order. */
type View = CourtFacts &
  Pick<ProtectionFacts, "protection" | "credibleFear"> &
  Pick<RemovalFacts, "finalOrderAt">;

export const courtCommandSchemas = [
  z.object({
    type: z.literal("ServeNoticeToAppear"),
    court: idSchema,
    servedOn: daySchema.optional(),
  }),
  z.object({
    type: z.literal("ScheduleHearing"),
    hearingId: idSchema,
    kind: z.enum(["master", "individual"]),
    at: instantSchema,
    tenDayPeriodWaived: z.boolean().default(false),
  }),
  z.object({
    type: z.literal("HoldHearing"),
    hearingId: idSchema,
    respondentAppeared: z.boolean().default(true),
  }),
  z.object({
    type: z.literal("IssueIJDecision"),
    outcome: z.enum(protectionOutcomes),
    removalOrdered: z.boolean(),
    inAbsentia: z.boolean().default(false),
    delivery: z.enum(["oral", "written"]),
    servedOn: daySchema.optional(),
    country: countrySchema.nullable().default(null),
  }),
  z.object({
    type: z.literal("WaiveAppeal"),
    by: z.enum(["both", "respondent", "dhs"]).default("both"),
  }),
  z.object({ type: z.literal("RecordAppealPeriodExpired") }),
  z.object({ type: z.literal("FileAppeal"), by: z.enum(["respondent", "dhs"]) }),
  z.object({
    type: z.literal("DecideAppeal"),
    decision: z.enum(["dismissed", "sustained", "remanded"]),
    removalOrdered: z.boolean(),
    outcome: z.enum(protectionOutcomes).nullable().default(null),
  }),
  z.object({
    type: z.literal("FileMotion"),
    motionId: idSchema,
    kind: z.enum(["reopen", "reconsider"]),
    inAbsentiaLackOfNotice: z.boolean().default(false),
  }),
  z.object({ type: z.literal("DecideMotion"), motionId: idSchema, granted: z.boolean() }),
  z.object({ type: z.literal("FilePetitionForReview"), court: idSchema }),
] as const;

export type CourtCommand = z.infer<(typeof courtCommandSchemas)[number]>;

/** The BIA appeal deadline for the case's IJ decision (8 CFR 1003.38(b)), if there is one. */
export function appealDue(state: Pick<CourtFacts, "court">) {
  const decision = state.court?.decision;
  return decision ? dueFor(biaAppeal, decision.servedOn) : null;
}

function scheduleHearing(state: View, command: Extract<CourtCommand, { type: "ScheduleHearing" }>) {
  const court = state.court;
  if (court && court.hearings.length === 0 && !command.tenDayPeriodWaived) {
    const earliest = dueFor(firstHearingWait, court.ntaServedAt).due;
    if (dayOf(command.at) < earliest) {
      return refuse(
        refusal(
          "court.first-hearing.ten-days",
          "INA 239(b)(1)",
          `The first hearing may not be held before ${earliest}, 10 days after the Notice to Appear was served, unless the respondent waives the period in writing.`,
          "at",
        ),
      );
    }
  }
  const { type: _type, ...data } = command;
  return accept(event("HearingScheduled", data));
}

function issueDecision(
  state: View,
  command: Extract<CourtCommand, { type: "IssueIJDecision" }>,
  now: string,
) {
  const held = (state.court?.hearings ?? []).filter((hearing) => hearing.held);
  const last = held.at(-1);
  if (!last) {
    return refuse(
      refusal(
        "court.decision.no-hearing-held",
        "INA 240(b)(1)",
        "No hearing has been held in these proceedings: the immigration judge decides after a hearing.",
      ),
    );
  }
  if (command.inAbsentia && (last.respondentAppeared || !command.removalOrdered)) {
    return refuse(
      refusal(
        "court.in-absentia.conditions",
        "INA 240(b)(5)(A)",
        last.respondentAppeared
          ? `The respondent appeared at the last hearing (${last.hearingId}): there is no order in absentia.`
          : "An in-absentia decision is an order of removal.",
        "inAbsentia",
      ),
    );
  }
  const { type: _type, servedOn, ...data } = command;
  return accept(event("IJDecisionIssued", { ...data, servedOn: servedOn ?? dayOf(now) }));
}

function fileMotion(
  state: View,
  command: Extract<CourtCommand, { type: "FileMotion" }>,
  now: string,
) {
  const inAbsentia = state.court?.decision?.inAbsentia ?? false;
  if (command.inAbsentiaLackOfNotice && !inAbsentia) {
    return refuse(
      refusal(
        "court.motion.not-in-absentia",
        "INA 240(b)(5)(C)(ii)",
        "The order was not made in absentia, so a motion for lack of notice does not lie.",
        "inAbsentiaLackOfNotice",
      ),
    );
  }
  if (!command.inAbsentiaLackOfNotice) {
    const earlier = state.motions.find((motion) => motion.kind === command.kind);
    if (earlier) {
      return refuse(
        refusal(
          "court.motion.number-limit",
          "8 CFR 1003.23(b)(1)",
          `A motion to ${command.kind} was already filed on ${dayOf(earlier.filedAt)}: only one is allowed.`,
          "kind",
        ),
      );
    }
    const rule = command.kind === "reopen" ? motionToReopen : motionToReconsider;
    const due = state.finalOrderAt ? dueFor(rule, state.finalOrderAt) : null;
    if (due && compareInstants(now, due.dueAt) > 0) {
      return refuse(
        refusal(
          `court.motion.${command.kind}-late`,
          rule.citation,
          `The time for a motion to ${command.kind} ended on ${due.due} (${rule.length} days from the final order of ${dayOf(state.finalOrderAt ?? now)}).`,
        ),
      );
    }
  }
  return accept(
    event("MotionFiled", {
      motionId: command.motionId,
      kind: command.kind,
      // INA 240(b)(5)(C): this motion stays removal by law; any other needs a stay granted.
      staysRemoval: command.inAbsentiaLackOfNotice,
      inAbsentiaLackOfNotice: command.inAbsentiaLackOfNotice,
    }),
  );
}

export function decideCourt(state: View, command: CourtCommand, context: PolicyContext): Decision {
  switch (command.type) {
    case "ServeNoticeToAppear":
      if (state.protection === "cf_positive" && !state.credibleFear?.servedAt) {
        return refuse(
          refusal(
            "protection.cf.supervisory-review-pending",
            "8 CFR 208.30(e)(8)",
            "The credible-fear determination has not had supervisory review, so it has not been served.",
          ),
        );
      }
      return accept(
        event("NoticeToAppearServed", {
          court: command.court,
          servedOn: command.servedOn ?? dayOf(context.now),
        }),
      );
    case "ScheduleHearing":
      return scheduleHearing(state, command);
    case "HoldHearing": {
      const hearing = state.court?.hearings.find(
        (candidate) => candidate.hearingId === command.hearingId,
      );
      if (!hearing || hearing.held) {
        return refuse(
          refusal(
            hearing ? "court.hearing.already-held" : "court.hearing.not-scheduled",
            "INA 239(a)(1)(G); 8 CFR 1003.18",
            hearing
              ? `Hearing ${command.hearingId} was already held.`
              : `Hearing ${command.hearingId} is not on the docket of this case.`,
            "hearingId",
          ),
        );
      }
      return accept(
        event("HearingHeld", {
          hearingId: command.hearingId,
          respondentAppeared: command.respondentAppeared,
        }),
      );
    }
    case "IssueIJDecision":
      return issueDecision(state, command, context.now);
    case "WaiveAppeal":
      return accept(event("AppealWaived", { by: command.by }));
    case "RecordAppealPeriodExpired": {
      const due = appealDue(state);
      if (due && compareInstants(context.now, due.dueAt) <= 0) {
        return refuse(
          refusal(
            "court.bia-appeal.period-running",
            "8 CFR 1003.38(b); 8 CFR 1241.1(c)",
            `The appeal period runs to the end of ${due.due}; the order is not final before then.`,
          ),
        );
      }
      return accept(event("AppealPeriodExpired", { deadline: due?.due ?? dayOf(context.now) }));
    }
    case "FileAppeal": {
      const due = appealDue(state);
      if (due && compareInstants(context.now, due.dueAt) > 0) {
        return refuse(
          refusal(
            "court.bia-appeal.late",
            "8 CFR 1003.38(b)",
            `The appeal is late: the 30-day period ended on ${due.due}.`,
          ),
        );
      }
      return accept(event("AppealFiled", { by: command.by }));
    }
    case "DecideAppeal":
      if (command.decision === "remanded" && command.removalOrdered) {
        return refuse(
          refusal(
            "court.appeal.remand-has-no-order",
            "8 CFR 1003.1(d)(7)",
            "A remand returns the case to the immigration judge: no removal order stands.",
            "removalOrdered",
          ),
        );
      }
      return accept(
        event("AppealDecided", {
          decision: command.decision,
          removalOrdered: command.removalOrdered,
          outcome: command.outcome,
        }),
      );
    case "FileMotion":
      return fileMotion(state, command, context.now);
    case "DecideMotion": {
      const motion = state.motions.find((candidate) => candidate.motionId === command.motionId);
      if (!motion || motion.decision !== null) {
        return refuse(
          refusal(
            "court.motion.not-pending",
            "8 CFR 1003.23(b)",
            `No pending motion ${command.motionId} is on the record.`,
            "motionId",
          ),
        );
      }
      return accept(
        event("MotionDecided", { motionId: command.motionId, granted: command.granted }),
      );
    }
    case "FilePetitionForReview":
      return accept(event("PetitionForReviewFiled", { court: command.court }));
  }
}
