import { z } from "zod";
import { endOfDayInstant } from "../core/calendar.ts";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { EncountersFacts } from "../encounters/state.ts";
import type { ProtectionEventData } from "../protection/events.ts";
import { type ProtectionFacts, protectionOutcomes } from "../protection/state.ts";
import type { RemovalFacts } from "../removal/state.ts";
import type { CourtFacts } from "./state.ts";

const outcome = z.enum(protectionOutcomes);

/** Events of removal proceedings before the immigration court and the BIA (past tense). */
export const courtEvents = {
  NoticeToAppearServed: z
    .object({
      court: z.string().describe("The immigration court the case goes to."),
      servedOn: z.string().describe("The day the NTA was served (YYYY-MM-DD)."),
    })
    .describe("A Notice to Appear was served: section 240 proceedings begin (INA 239(a))."),
  HearingScheduled: z
    .object({
      hearingId: z.string(),
      kind: z.enum(["master", "individual"]),
      at: z.string().describe("When the hearing is (ISO 8601)."),
      tenDayPeriodWaived: z
        .boolean()
        .describe("INA 239(b)(1): the respondent asked in writing for an earlier first hearing."),
      // The docket's slot, judge, courtroom and the court's zone; hearings scheduled before the
      // docket had slots have none of these.
      slotId: z.string().optional(),
      /** The interpreter's language (8 CFR 1240.5); null: in English. */
      interpreterLanguage: z.string().nullable().optional(),
      court: z.string().optional(),
      judgeId: z.string().optional(),
      room: z.string().optional(),
      timeZone: z.string().optional(),
    })
    .describe("A hearing was scheduled into a slot of the court's docket (8 CFR 1003.18)."),
  HearingHeld: z
    .object({ hearingId: z.string(), respondentAppeared: z.boolean() })
    .describe("A hearing was held (INA 240(b))."),
  IJDecisionIssued: z
    .object({
      outcome,
      removalOrdered: z.boolean(),
      inAbsentia: z
        .boolean()
        .describe("INA 240(b)(5)(A): ordered removed in the respondent's absence."),
      delivery: z.enum(["oral", "written"]),
      servedOn: z
        .string()
        .describe("Day of the oral decision or of service of the written one (8 CFR 1003.38(b))."),
      country: z.string().nullable().describe("The country of removal, when ordered."),
      reasons: z
        .string()
        .optional()
        .describe(
          "The decision's reasons (8 CFR 1240.12(a)); decisions recorded before have none.",
        ),
    })
    .describe("The immigration judge decided the case (INA 240(c))."),
  AppealWaived: z
    .object({ by: z.enum(["both", "respondent", "dhs"]) })
    .describe("Appeal was waived: the order is final (8 CFR 1241.1(b))."),
  AppealPeriodExpired: z
    .object({ deadline: z.string().describe("The last day of the appeal period.") })
    .describe("The 30 days ran out with no appeal: the order is final (8 CFR 1241.1(c))."),
  AppealFiled: z
    .object({ by: z.enum(["respondent", "dhs"]) })
    .describe("An appeal to the BIA was filed (8 CFR 1003.38)."),
  AppealDecided: z
    .object({
      decision: z.enum(["dismissed", "sustained", "remanded"]),
      removalOrdered: z.boolean().describe("Whether a removal order stands after the decision."),
      outcome: outcome.nullable(),
    })
    .describe("The BIA decided the appeal (8 CFR 1003.1(d)(7))."),
  MotionFiled: z
    .object({
      motionId: z.string(),
      kind: z.enum(["reopen", "reconsider"]),
      staysRemoval: z.boolean(),
      inAbsentiaLackOfNotice: z.boolean(),
    })
    .describe("A motion to reopen or reconsider was filed (8 CFR 1003.23(b))."),
  MotionDecided: z
    .object({ motionId: z.string(), granted: z.boolean() })
    .describe("The court decided a motion."),
  PetitionForReviewFiled: z
    .object({ court: z.string().describe("The federal court of appeals.") })
    .describe("A petition for review was filed (INA 242(b))."),
};

export type CourtEventData = {
  [Type in keyof typeof courtEvents]: z.infer<(typeof courtEvents)[Type]>;
};

/** The court's facts, and what its decisions change of the protection outcome and the order. */
type View = CourtFacts &
  Pick<ProtectionFacts, "outcome"> &
  Pick<RemovalFacts, "removal" | "order" | "finalOrderAt" | "removalPlan"> &
  Pick<EncountersFacts, "pathway">;

type Court = NonNullable<CourtFacts["court"]>;

function withCourt(state: View, change: (court: Court) => Court): View {
  return state.court ? { ...state, court: change(state.court) } : state;
}

function finalize(state: View, at: string): View {
  const outcome = state.court?.decision?.outcome ?? state.outcome;
  const ordered = state.removal === "ordered" || state.court?.decision?.removalOrdered === true;
  return { ...state, outcome, finalOrderAt: ordered ? at : state.finalOrderAt };
}

export const courtHandlers: EventHandlers<
  View,
  CourtEventData & Pick<ProtectionEventData, "AsylumApplicationFiled">
> = {
  NoticeToAppearServed: (state, data, event) => ({
    ...state,
    pathway: "section_240",
    court: {
      court: data.court,
      ntaServedAt: event.occurredAt,
      hearings: [],
      asylumApplicationFiledAt: null,
      decision: null,
      appeal: null,
    },
  }),
  HearingScheduled: (state, data) =>
    withCourt(state, (court) => ({
      ...court,
      hearings: [
        ...court.hearings.filter((hearing) => hearing.hearingId !== data.hearingId),
        {
          hearingId: data.hearingId,
          at: data.at,
          kind: data.kind,
          held: false,
          respondentAppeared: null,
        },
      ],
    })),
  HearingHeld: (state, data) =>
    withCourt(state, (court) => ({
      ...court,
      hearings: court.hearings.map((hearing) =>
        hearing.hearingId === data.hearingId
          ? { ...hearing, held: true, respondentAppeared: data.respondentAppeared }
          : hearing,
      ),
    })),
  IJDecisionIssued: (state, data, event) => {
    const decided = withCourt(state, (court) => ({
      ...court,
      decision: {
        outcome: data.outcome,
        removalOrdered: data.removalOrdered,
        inAbsentia: data.inAbsentia,
        delivery: data.delivery,
        servedOn: data.servedOn,
      },
      appeal: null,
    }));
    const order = data.removalOrdered
      ? { kind: "ij" as const, at: event.occurredAt, country: data.country }
      : null;
    // 8 CFR 1241.1(e): an order in absentia is final when made.
    return data.inAbsentia
      ? { ...decided, order, outcome: data.outcome, finalOrderAt: event.occurredAt }
      : { ...decided, order };
  },
  AppealWaived: (state, _data, event) => finalize(state, event.occurredAt),
  // Final when the period's last day ends (8 CFR 1241.1(c)), however late the clerk records it.
  AppealPeriodExpired: (state, data) => finalize(state, endOfDayInstant(data.deadline)),
  AppealFiled: (state, data, event) =>
    withCourt(state, (court) => ({
      ...court,
      appeal: { filedAt: event.occurredAt, by: data.by, decision: null },
    })),
  AppealDecided: (state, data, event) => {
    const decided = withCourt(state, (court) => ({
      ...court,
      appeal: court.appeal ? { ...court.appeal, decision: data.decision } : null,
      decision: data.decision === "remanded" ? null : court.decision,
    }));
    if (data.decision === "remanded") return { ...decided, order: null };
    const outcome = data.outcome ?? state.court?.decision?.outcome ?? null;
    return {
      ...decided,
      outcome,
      order: data.removalOrdered
        ? (state.order ?? { kind: "ij", at: event.occurredAt, country: null })
        : null,
      finalOrderAt: data.removalOrdered ? event.occurredAt : null,
    };
  },
  MotionFiled: (state, data, event) => ({
    ...state,
    motions: [
      ...state.motions,
      {
        motionId: data.motionId,
        kind: data.kind,
        filedAt: event.occurredAt,
        staysRemoval: data.staysRemoval,
        inAbsentiaLackOfNotice: data.inAbsentiaLackOfNotice,
        decision: null,
      },
    ],
  }),
  MotionDecided: (state, data) => {
    const motions = state.motions.map((motion) =>
      motion.motionId === data.motionId
        ? { ...motion, decision: data.granted ? ("granted" as const) : ("denied" as const) }
        : motion,
    );
    if (!data.granted) return { ...state, motions };
    // A granted motion reopens the proceedings: no order stands while they run.
    return {
      ...state,
      motions,
      outcome: null,
      order: null,
      finalOrderAt: null,
      removalPlan: null,
      court: state.court ? { ...state.court, decision: null, appeal: null } : null,
    };
  },
  // The I-589 is on the court's record once filed in proceedings (8 CFR 1208.4(b)(3)).
  AsylumApplicationFiled: (state, _data, event) =>
    state.court && state.court.asylumApplicationFiledAt === null
      ? { ...state, court: { ...state.court, asylumApplicationFiledAt: event.occurredAt } }
      : state,
  PetitionForReviewFiled: (state, data, event) => ({
    ...state,
    petitionsForReview: [
      ...state.petitionsForReview,
      { filedAt: event.occurredAt, court: data.court },
    ],
  }),
};
