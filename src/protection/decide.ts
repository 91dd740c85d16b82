import { z } from "zod";
import { compareInstants, dayOf } from "../core/calendar.ts";
import { dueFor } from "../core/deadlines/index.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { daySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { CourtFacts } from "../court/state.ts";
import type { PolicyContext } from "../policy/types.ts";
import { conscriptionFindings, type ProtectionEventData, protectedGrounds } from "./events.ts";
import { consultationPeriod, meritsInterviewEarliest, meritsInterviewLatest } from "./rules.ts";
import type { ProtectionView } from "./state.ts";

const event = eventMaker<ProtectionEventData>();

/** What protection's rules read: its own facts, and whether an I-589 is on file in court. */
type View = ProtectionView & Pick<CourtFacts, "court">;

const language = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code");

export const protectionCommandSchemas = [
  z.object({
    type: z.literal("ClaimFear"),
    language,
    statementInWriting: z.boolean().default(false),
  }),
  z.object({
    type: z.literal("ScheduleCredibleFearInterview"),
    scheduledFor: instantSchema,
    language,
    consultationWaived: z.boolean().default(false),
  }),
  z.object({
    type: z.literal("DetermineCredibleFear"),
    outcome: z.enum(["positive", "negative"]),
    groundsConsidered: z.array(z.enum(protectedGrounds)),
    groundsFound: z.array(z.enum(protectedGrounds)).default([]),
    conscription: z.enum(conscriptionFindings),
    writtenReasons: z.string().trim().max(20_000),
    language,
    interpreterId: idSchema.nullable(),
    officerId: idSchema,
  }),
  z.object({
    type: z.literal("CompleteSupervisoryReview"),
    outcome: z.enum(["positive", "negative"]),
    supervisorId: idSchema,
  }),
  z.object({
    type: z.literal("RequestIJReview"),
    how: z.enum(["requested", "declined_to_indicate"]),
  }),
  z.object({ type: z.literal("DeclineIJReview"), acknowledgedInWriting: z.boolean() }),
  z.object({
    type: z.literal("DecideIJReview"),
    decision: z.enum(["affirmed", "vacated"]),
    judgeId: idSchema,
  }),
  z.object({
    type: z.literal("ReconsiderCredibleFear"),
    reasons: z.string().trim().min(1).max(20_000),
  }),
  z.object({ type: z.literal("ScheduleAsylumMeritsInterview"), scheduledFor: instantSchema }),
  z.object({ type: z.literal("DecideAsylumMerits"), decision: z.enum(["granted", "referred"]) }),
  z.object({
    type: z.literal("FileAsylumApplication"),
    receivedOn: daySchema.optional(),
    filedWith: z.enum(["court", "uscis"]).default("court"),
  }),
] as const;

export type ProtectionCommand = z.infer<(typeof protectionCommandSchemas)[number]>;

const supervisoryReviewPending = refuse(
  refusal(
    "protection.cf.supervisory-review-pending",
    "8 CFR 208.30(e)(8)",
    "The credible-fear determination has not had supervisory review, so it has not been served.",
  ),
);

function determine(
  command: Extract<ProtectionCommand, { type: "DetermineCredibleFear" }>,
): Decision {
  const missing = protectedGrounds.filter((ground) => !command.groundsConsidered.includes(ground));
  if (missing.length > 0) {
    return refuse(
      refusal(
        "protection.cf.grounds-not-considered",
        "INA 101(a)(42)(A); 8 CFR 208.30(e)",
        `The determination must consider every protected ground; not considered: ${missing.join(", ")}.`,
        "groundsConsidered",
      ),
    );
  }
  if (command.writtenReasons.length === 0) {
    return refuse(
      refusal(
        "protection.cf.written-reasons",
        "8 CFR 208.30(e)(1)",
        "The determination must give its reasons in writing.",
        "writtenReasons",
      ),
    );
  }
  if (command.language !== "en" && command.interpreterId === null) {
    return refuse(
      refusal(
        "protection.cf.interpreter-required",
        "8 CFR 208.30(d)(5)",
        `The interview was held in "${command.language}", not English: the record must name the interpreter.`,
        "interpreterId",
      ),
    );
  }
  const { type: _type, ...data } = command;
  return accept(event("CredibleFearDetermined", data));
}

function meritsWindow(state: View, scheduledFor: string): Decision | null {
  const servedAt = state.credibleFear?.servedAt ?? null;
  if (servedAt === null) return supervisoryReviewPending;
  const earliest = dueFor(meritsInterviewEarliest, servedAt).due;
  const latest = dueFor(meritsInterviewLatest, servedAt).due;
  const day = dayOf(scheduledFor);
  if (day < earliest || day > latest) {
    return refuse(
      refusal(
        "protection.merits.window",
        "8 CFR 208.9(a)(1)",
        `The asylum merits interview must fall between ${earliest} and ${latest} (21 to 45 days after the record was served on ${dayOf(servedAt)}); ${day} is outside it.`,
        "scheduledFor",
      ),
    );
  }
  return null;
}

export function decideProtection(
  state: View,
  command: ProtectionCommand,
  context: PolicyContext,
): Decision {
  const cf = state.credibleFear;
  switch (command.type) {
    case "ClaimFear":
      return accept(
        event("FearClaimed", {
          language: command.language,
          statementInWriting: command.statementInWriting,
        }),
      );
    case "ScheduleCredibleFearInterview": {
      const earliest = dueFor(consultationPeriod, cf?.claimedAt ?? context.now);
      if (
        !command.consultationWaived &&
        compareInstants(command.scheduledFor, earliest.dueAt) < 0
      ) {
        return refuse(
          refusal(
            "protection.cf.consultation-period",
            "8 CFR 208.30(d)(4)",
            `The interview may not be held before ${earliest.due}: the person has at least one full calendar day after the orientation to consult a person of their choosing.`,
            "scheduledFor",
          ),
        );
      }
      return accept(
        event("CredibleFearInterviewScheduled", {
          scheduledFor: command.scheduledFor,
          language: command.language,
          interpreterRequired: command.language !== "en",
          consultationWaived: command.consultationWaived,
        }),
      );
    }
    case "DetermineCredibleFear":
      return determine(command);
    case "CompleteSupervisoryReview":
      if (cf?.servedAt) {
        return refuse(
          refusal(
            "protection.cf.already-reviewed",
            "8 CFR 208.30(e)(8)",
            `The determination had supervisory review and was served on ${dayOf(cf.servedAt)}.`,
          ),
        );
      }
      return accept(
        event("SupervisoryReviewCompleted", {
          outcome: command.outcome,
          concurred: command.outcome === cf?.outcome,
          supervisorId: command.supervisorId,
        }),
      );
    case "RequestIJReview":
      if (!cf?.servedAt) return supervisoryReviewPending;
      return accept(event("IJReviewRequested", { how: command.how }));
    case "DeclineIJReview":
      if (!cf?.servedAt) return supervisoryReviewPending;
      return accept(
        event("IJReviewDeclined", { acknowledgedInWriting: command.acknowledgedInWriting }),
      );
    case "DecideIJReview":
      return accept(
        event("IJReviewDecided", { decision: command.decision, judgeId: command.judgeId }),
      );
    case "ReconsiderCredibleFear":
      return accept(
        event("CredibleFearReconsidered", { outcome: "positive", reasons: command.reasons }),
      );
    case "ScheduleAsylumMeritsInterview":
      return (
        meritsWindow(state, command.scheduledFor) ??
        accept(event("AsylumMeritsInterviewScheduled", { scheduledFor: command.scheduledFor }))
      );
    case "DecideAsylumMerits":
      return accept(event("AsylumMeritsDecided", { decision: command.decision }));
    case "FileAsylumApplication":
      if (state.court?.asylumApplicationFiledAt) {
        return refuse(
          refusal(
            "protection.i589.already-filed",
            "8 CFR 1208.4(b)(3)",
            `An asylum application (I-589) is already on file, received ${dayOf(state.court.asylumApplicationFiledAt)}; amend it instead.`,
          ),
        );
      }
      return accept(
        event("AsylumApplicationFiled", {
          receivedOn: command.receivedOn ?? dayOf(context.now),
          filedWith: command.filedWith,
        }),
      );
  }
}
