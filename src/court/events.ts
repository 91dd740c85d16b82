import type { FactEvolvers } from "../core/process/eventKit.ts";
import type { CaseState, ProtectionOutcome } from "../core/process/state.ts";

/** Events of removal proceedings before the immigration court and the BIA (past tense). */
export interface CourtEventData {
  NoticeToAppearServed: { court: string; servedOn: string };
  HearingScheduled: {
    hearingId: string;
    kind: "master" | "individual";
    at: string;
    /** INA 239(b)(1): the respondent may ask for an earlier first hearing in writing. */
    tenDayPeriodWaived: boolean;
  };
  HearingHeld: { hearingId: string; respondentAppeared: boolean };
  IJDecisionIssued: {
    outcome: ProtectionOutcome;
    removalOrdered: boolean;
    /** INA 240(b)(5)(A): ordered removed in the respondent's absence. */
    inAbsentia: boolean;
    delivery: "oral" | "written";
    /** Day of the oral decision or of service of the written decision (8 CFR 1003.38(b)). */
    servedOn: string;
    country: string | null;
  };
  AppealWaived: { by: "both" | "respondent" | "dhs" };
  /** Recorded by the engine's job once the 30 days run out with no appeal (8 CFR 1241.1(c)). */
  AppealPeriodExpired: { deadline: string };
  AppealFiled: { by: "respondent" | "dhs" };
  AppealDecided: {
    decision: "dismissed" | "sustained" | "remanded";
    /** Whether a removal order stands after the Board's decision. */
    removalOrdered: boolean;
    outcome: ProtectionOutcome | null;
  };
  MotionFiled: {
    motionId: string;
    kind: "reopen" | "reconsider";
    staysRemoval: boolean;
    inAbsentiaLackOfNotice: boolean;
  };
  MotionDecided: { motionId: string; granted: boolean };
  PetitionForReviewFiled: { court: string };
}

export const courtEventTypes = [
  "NoticeToAppearServed",
  "HearingScheduled",
  "HearingHeld",
  "IJDecisionIssued",
  "AppealWaived",
  "AppealPeriodExpired",
  "AppealFiled",
  "AppealDecided",
  "MotionFiled",
  "MotionDecided",
  "PetitionForReviewFiled",
] as const satisfies readonly (keyof CourtEventData)[];

type Court = NonNullable<CaseState["court"]>;

function withCourt(state: CaseState, change: (court: Court) => Court): CaseState {
  return state.court ? { ...state, court: change(state.court) } : state;
}

function finalize(state: CaseState, at: string): CaseState {
  const outcome = state.court?.decision?.outcome ?? state.outcome;
  const ordered = state.removal === "ordered" || state.court?.decision?.removalOrdered === true;
  return { ...state, outcome, finalOrderAt: ordered ? at : state.finalOrderAt };
}

export const courtFacts: FactEvolvers<CourtEventData> = {
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
  AppealPeriodExpired: (state, _data, event) => finalize(state, event.occurredAt),
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
  PetitionForReviewFiled: (state, data, event) => ({
    ...state,
    petitionsForReview: [
      ...state.petitionsForReview,
      { filedAt: event.occurredAt, court: data.court },
    ],
  }),
};
