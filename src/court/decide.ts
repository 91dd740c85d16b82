import { z } from "zod";
import { compareInstants, dayOf } from "../core/calendar.ts";
import { dueFor } from "../core/deadlines/index.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema, daySchema, idSchema } from "../core/schemas.ts";
import { inAbsentiaNoticeRefusal } from "../notices/rules.ts";
import type { NoticesFacts } from "../notices/state.ts";
import type { PeopleFacts } from "../people/state.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type ProtectionFacts, protectionOutcomes } from "../protection/state.ts";
import type { RemovalFacts } from "../removal/state.ts";
import { findCourt } from "./docket/courts.ts";
import { slotIn } from "./docket/references.ts";
import type { CourtEventData } from "./events.ts";
import { biaAppeal, firstHearingWait, motionToReconsider, motionToReopen } from "./rules.ts";
import type { CourtFacts } from "./state.ts";

const event = eventMaker<CourtEventData>();

/** What the court's rules read: the proceedings, the screening before them, the final order. */
type View = CourtFacts &
  Pick<ProtectionFacts, "protection" | "credibleFear"> &
  Pick<RemovalFacts, "finalOrderAt"> &
  Pick<PeopleFacts, "address"> &
  NoticesFacts;

export const courtCommandSchemas = [
  z
    .object({
      type: z.literal("ServeNoticeToAppear"),
      court: idSchema.describe(
        "The immigration court the case goes to (its id, e.g. eoir-san-diego).",
      ),
      servedOn: daySchema
        .optional()
        .describe(
          "The day the Notice to Appear was served, YYYY-MM-DD. The command's day when left out.",
        ),
    })
    .meta({
      description:
        "Record that DHS served a Notice to Appear: removal proceedings under INA 240 begin (INA 239(a)). Refused after a positive credible-fear determination that has not had supervisory review (8 CFR 208.30(e)(8)).",
      examples: [
        { type: "ServeNoticeToAppear", court: "eoir-san-francisco", servedOn: "2022-03-28" },
      ],
    }),
  z
    .object({
      type: z.literal("ScheduleHearing"),
      hearingId: idSchema.describe(
        "An id for the hearing, unique in the case. HoldHearing names the hearing by it; scheduling it again moves it to another slot.",
      ),
      slotId: z
        .uuid()
        .describe(
          "The free slot on the court's docket the hearing goes into (GET /api/courts/{court}/docket). Its time, judge, courtroom and kind (master or individual) are the hearing's.",
        ),
      interpreterLanguage: z
        .string()
        .regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code")
        .nullable()
        .default(null)
        .describe(
          "The language the court's interpreter interprets at the hearing, an ISO 639 code in lower case (e.g. ru); null when the respondent proceeds in English. Null when left out.",
        ),
      tenDayPeriodWaived: z
        .boolean()
        .default(false)
        .describe(
          "The respondent asked in writing for a first hearing sooner than 10 days after the Notice to Appear (INA 239(b)(1)). False when left out.",
        ),
    })
    .meta({
      description:
        "Put a hearing into a free slot of the immigration court's docket (8 CFR 1003.18). Refused for a slot that does not exist, is in the past or is another court's, and for a first hearing less than 10 days after the Notice to Appear was served, unless the respondent waived that period in writing (INA 239(b)(1)). A slot another hearing holds is a conflict (409).",
      examples: [
        {
          type: "ScheduleHearing",
          hearingId: "hearing-101-1",
          slotId: "00000000-d0c4-4e70-8000-000000000001",
          interpreterLanguage: "ru",
          tenDayPeriodWaived: false,
        },
      ],
    }),
  z
    .object({
      type: z.literal("HoldHearing"),
      hearingId: idSchema.describe("The hearing held: the id it was scheduled with."),
      respondentAppeared: z
        .boolean()
        .default(true)
        .describe(
          "The respondent came to the hearing. True when left out. False allows an order in absentia.",
        ),
    })
    .meta({
      description:
        "Record that a scheduled hearing was held (INA 240(b)). Refused for a hearing not on the case's docket or already held (INA 239(a)(1)(G); 8 CFR 1003.18).",
      examples: [{ type: "HoldHearing", hearingId: "hearing-101-1", respondentAppeared: true }],
    }),
  z
    .object({
      type: z.literal("IssueIJDecision"),
      outcome: z
        .enum(protectionOutcomes)
        .describe(
          "The judge's decision on protection: asylum_granted, withholding_granted (withholding of removal), cat_granted (protection under the Convention Against Torture), denied, or terminated (the proceedings end).",
        ),
      removalOrdered: z.boolean().describe("The judge orders the person removed."),
      inAbsentia: z
        .boolean()
        .default(false)
        .describe(
          "The order is made in the respondent's absence (INA 240(b)(5)(A)). False when left out.",
        ),
      delivery: z
        .enum(["oral", "written"])
        .describe("oral: given at the hearing; written: served on the parties in writing."),
      servedOn: daySchema
        .optional()
        .describe(
          "The day of the oral decision or of service of the written one, YYYY-MM-DD; the 30-day appeal period runs from it (8 CFR 1003.38(b)). The command's day when left out.",
        ),
      country: countrySchema
        .nullable()
        .default(null)
        .describe(
          "The country of removal, ISO 3166-1 alpha-2, when removal is ordered. Null, the default, otherwise.",
        ),
      reasons: z
        .string()
        .trim()
        .min(1, "must give the decision's reasons")
        .max(50_000)
        .describe(
          "The decision's reasons: the finding on removability, the evidence, and the findings on each application for relief (asylum, withholding of removal, protection under the Convention Against Torture), up to 50,000 characters (8 CFR 1240.12(a)).",
        ),
    })
    .meta({
      description:
        "Record the immigration judge's decision in removal proceedings (INA 240(c)). Refused before any hearing was held (INA 240(b)(1)). In absentia only as an order of removal, only when the respondent did not appear at the last hearing held, and only when the notice of that hearing is on record as mailed to the respondent's current address (INA 240(b)(5)(A); INA 239(c)).",
      examples: [
        {
          type: "IssueIJDecision",
          outcome: "denied",
          removalOrdered: true,
          inAbsentia: false,
          delivery: "oral",
          servedOn: "2023-03-01",
          country: "RU",
          reasons:
            "Removable as charged. The respondent's account was consistent, but the harm feared is not on account of a protected ground; withholding and CAT protection denied for the same reasons.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("WaiveAppeal"),
      by: z
        .enum(["both", "respondent", "dhs"])
        .default("both")
        .describe("Who waives appeal: both parties, the respondent or DHS. Both when left out."),
    })
    .meta({
      description:
        "Record that appeal to the Board of Immigration Appeals was waived: the order becomes final (8 CFR 1241.1(b)).",
      examples: [{ type: "WaiveAppeal", by: "both" }],
    }),
  z.object({ type: z.literal("RecordAppealPeriodExpired") }).meta({
    description:
      "Record that the 30-day appeal period ended with no appeal: the order becomes final (8 CFR 1241.1(c)). Refused while the period still runs (8 CFR 1003.38(b)). It has no fields.",
    examples: [{ type: "RecordAppealPeriodExpired" }],
  }),
  z
    .object({
      type: z.literal("FileAppeal"),
      by: z.enum(["respondent", "dhs"]).describe("Who appeals: the respondent or DHS."),
    })
    .meta({
      description:
        "Record an appeal of the immigration judge's decision to the Board of Immigration Appeals (8 CFR 1003.38). Removal is stayed while it is pending (8 CFR 1003.6(a)). Refused after the 30-day period ended (8 CFR 1003.38(b)).",
      examples: [{ type: "FileAppeal", by: "respondent" }],
    }),
  z
    .object({
      type: z.literal("DecideAppeal"),
      decision: z
        .enum(["dismissed", "sustained", "remanded"])
        .describe(
          "dismissed: the appeal fails; sustained: the appeal succeeds; remanded: the case goes back to the immigration judge.",
        ),
      removalOrdered: z
        .boolean()
        .describe("A removal order stands after the decision. Must be false on a remand."),
      outcome: z
        .enum(protectionOutcomes)
        .nullable()
        .default(null)
        .describe(
          "The protection outcome after the decision (the values of IssueIJDecision), or null, the default, when the decision sets none.",
        ),
    })
    .meta({
      description:
        "Record the Board of Immigration Appeals' decision on the appeal (8 CFR 1003.1(d)(7)). A dismissal or a sustained appeal makes the order final (8 CFR 1241.1(a)). Refused for a remand with a removal order (8 CFR 1003.1(d)(7)).",
      examples: [
        { type: "DecideAppeal", decision: "dismissed", removalOrdered: true, outcome: "denied" },
      ],
    }),
  z
    .object({
      type: z.literal("FileMotion"),
      motionId: idSchema.describe(
        "An id for the motion, unique in the case. DecideMotion names the motion by it.",
      ),
      kind: z
        .enum(["reopen", "reconsider"])
        .describe(
          "reopen: on new facts, within 90 days of the final order; reconsider: on errors of fact or law, within 30 days.",
        ),
      inAbsentiaLackOfNotice: z
        .boolean()
        .default(false)
        .describe(
          "A motion to reopen an order made in absentia because the respondent did not get notice (INA 240(b)(5)(C)(ii)). It may be filed at any time and stays removal while pending. False when left out.",
        ),
    })
    .meta({
      description:
        "Record a motion to reopen or reconsider (8 CFR 1003.23(b)). Refused when a motion of the same kind was already filed (one of each, 8 CFR 1003.23(b)(1)), and after 90 days (reopen) or 30 days (reconsider) from the final order (INA 240(c)(6)(B), (c)(7)(C)(i)). A lack-of-notice motion has neither limit, but is refused unless the order was made in absentia (INA 240(b)(5)(C)(ii)).",
      examples: [
        {
          type: "FileMotion",
          motionId: "motion-1",
          kind: "reopen",
          inAbsentiaLackOfNotice: true,
        },
      ],
    }),
  z
    .object({
      type: z.literal("DecideMotion"),
      motionId: idSchema.describe("The motion decided: the id it was filed with."),
      granted: z.boolean().describe("The court granted the motion."),
    })
    .meta({
      description:
        "Record the court's decision on a pending motion to reopen or reconsider. Refused when no motion with that id is pending (8 CFR 1003.23(b)).",
      examples: [{ type: "DecideMotion", motionId: "motion-1", granted: true }],
    }),
  z
    .object({
      type: z.literal("FilePetitionForReview"),
      court: idSchema.describe(
        "The federal court of appeals the petition is filed in (its id, e.g. ca9 for the Ninth Circuit).",
      ),
    })
    .meta({
      description:
        "Record a petition for review of the final order in a federal court of appeals (INA 242(b)), due within 30 days of the order. It does not stay removal: a stay is granted separately (INA 242(b)(3)(B)).",
      examples: [{ type: "FilePetitionForReview", court: "ca9" }],
    }),
] as const;

export type CourtCommand = z.infer<(typeof courtCommandSchemas)[number]>;

/** The BIA appeal deadline for the case's IJ decision (8 CFR 1003.38(b)), if there is one. */
export function appealDue(state: Pick<CourtFacts, "court">) {
  const decision = state.court?.decision;
  return decision ? dueFor(biaAppeal, decision.servedOn) : null;
}

function scheduleHearing(
  state: View,
  command: Extract<CourtCommand, { type: "ScheduleHearing" }>,
  context: PolicyContext,
) {
  const slot = slotIn(context.references);
  const docket = (rule: string, message: string) =>
    refuse(refusal(`court.docket.${rule}`, "8 CFR 1003.18(a)", message, "slotId"));
  if (!slot) return docket("no-such-slot", "There is no such slot on a court's docket.");
  const court = state.court;
  if (court && slot.court !== court.court) {
    return docket(
      "other-court",
      `The slot is on the docket of ${slot.court}; the Notice to Appear sends the case to ${court.court}.`,
    );
  }
  if (compareInstants(slot.startsAt, context.now) <= 0) {
    return docket("slot-past", "The slot's time has passed: choose a slot to come.");
  }
  if (court && court.hearings.length === 0 && !command.tenDayPeriodWaived) {
    const earliest = dueFor(firstHearingWait, court.ntaServedAt).due;
    if (dayOf(slot.startsAt, slot.timeZone) < earliest) {
      return refuse(
        refusal(
          "court.first-hearing.ten-days",
          "INA 239(b)(1)",
          `The first hearing may not be held before ${earliest}, 10 days after the Notice to Appear was served, unless the respondent waives the period in writing.`,
          "slotId",
        ),
      );
    }
  }
  return accept(
    event("HearingScheduled", {
      hearingId: command.hearingId,
      kind: slot.kind,
      at: slot.startsAt,
      tenDayPeriodWaived: command.tenDayPeriodWaived,
      interpreterLanguage: command.interpreterLanguage,
      slotId: slot.id,
      court: slot.court,
      judgeId: slot.judgeId,
      room: slot.room,
      timeZone: slot.timeZone,
    }),
  );
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
  const unnoticed = command.inAbsentia ? inAbsentiaNoticeRefusal(state, last) : null;
  if (unnoticed) return refuse(unnoticed);
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
      if (!findCourt(command.court)) {
        return refuse(
          refusal(
            "court.unknown-court",
            "8 CFR 1003.14(a)",
            `There is no immigration court ${command.court}: the Notice to Appear must name the court it is filed with.`,
            "court",
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
      return scheduleHearing(state, command, context);
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
