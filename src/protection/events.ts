import type { FactEvolvers } from "../core/process/eventKit.ts";
import type { CaseState } from "../core/process/state.ts";

/** INA 101(a)(42)(A): the five protected grounds. */
export const protectedGrounds = [
  "race",
  "religion",
  "nationality",
  "particular_social_group",
  "political_opinion",
] as const;
export type ProtectedGround = (typeof protectedGrounds)[number];

/**
 * Matter of A-G-, 19 I&N Dec. 502 (BIA 1987): fear of conscription alone is not persecution on a
 * protected ground, unless punishment would be disproportionate because of a protected ground or
 * service would involve internationally condemned acts. A determination says which applies.
 */
export const conscriptionFindings = [
  "not_raised",
  "conscription_alone",
  "disproportionate_punishment_on_protected_ground",
  "internationally_condemned_acts",
] as const;
export type ConscriptionFinding = (typeof conscriptionFindings)[number];

/** Events of the protection screening with USCIS and the IJ's review of it (past tense). */
export interface ProtectionEventData {
  FearClaimed: { language: string; statementInWriting: boolean };
  CredibleFearInterviewScheduled: {
    scheduledFor: string;
    language: string;
    interpreterRequired: boolean;
    consultationWaived: boolean;
  };
  CredibleFearDetermined: {
    outcome: "positive" | "negative";
    groundsConsidered: ProtectedGround[];
    groundsFound: ProtectedGround[];
    conscription: ConscriptionFinding;
    writtenReasons: string;
    language: string;
    /** Null only when the interview was held in English (8 CFR 208.30(d)(5)). */
    interpreterId: string | null;
    officerId: string;
  };
  SupervisoryReviewCompleted: {
    outcome: "positive" | "negative";
    concurred: boolean;
    supervisorId: string;
  };
  /** `declined_to_indicate`: a refusal to say counts as a request (8 CFR 208.30(g)(1)). */
  IJReviewRequested: { how: "requested" | "declined_to_indicate" };
  IJReviewDeclined: { acknowledgedInWriting: boolean };
  IJReviewDecided: { decision: "affirmed" | "vacated"; judgeId: string };
  CredibleFearReconsidered: { outcome: "positive"; reasons: string };
  AsylumMeritsInterviewScheduled: { scheduledFor: string };
  AsylumMeritsDecided: { decision: "granted" | "referred" };
  AsylumApplicationFiled: { receivedOn: string; filedWith: "court" | "uscis" };
}

export const protectionEventTypes = [
  "FearClaimed",
  "CredibleFearInterviewScheduled",
  "CredibleFearDetermined",
  "SupervisoryReviewCompleted",
  "IJReviewRequested",
  "IJReviewDeclined",
  "IJReviewDecided",
  "CredibleFearReconsidered",
  "AsylumMeritsInterviewScheduled",
  "AsylumMeritsDecided",
  "AsylumApplicationFiled",
] as const satisfies readonly (keyof ProtectionEventData)[];

type CredibleFear = NonNullable<CaseState["credibleFear"]>;

function withCredibleFear(state: CaseState, change: Partial<CredibleFear>): CaseState {
  const current: CredibleFear = state.credibleFear ?? {
    claimedAt: "",
    interviewAt: null,
    outcome: null,
    determinedAt: null,
    servedAt: null,
    ijReview: "none",
    ijReviewRequestedAt: null,
    reconsidered: false,
  };
  return { ...state, credibleFear: { ...current, ...change } };
}

export const protectionFacts: FactEvolvers<ProtectionEventData> = {
  FearClaimed: (state, _data, event) => ({
    ...state,
    credibleFear: {
      claimedAt: event.occurredAt,
      interviewAt: null,
      outcome: null,
      determinedAt: null,
      servedAt: null,
      ijReview: "none",
      ijReviewRequestedAt: null,
      reconsidered: false,
    },
  }),
  CredibleFearInterviewScheduled: (state, data) =>
    withCredibleFear(state, { interviewAt: data.scheduledFor }),
  CredibleFearDetermined: (state, data, event) =>
    withCredibleFear(state, { outcome: data.outcome, determinedAt: event.occurredAt }),
  SupervisoryReviewCompleted: (state, data, event) =>
    withCredibleFear(state, { outcome: data.outcome, servedAt: event.occurredAt }),
  IJReviewRequested: (state, _data, event) =>
    withCredibleFear(state, { ijReview: "requested", ijReviewRequestedAt: event.occurredAt }),
  IJReviewDeclined: (state) => withCredibleFear(state, { ijReview: "declined" }),
  IJReviewDecided: (state, data) =>
    withCredibleFear(state, {
      ijReview: data.decision,
      outcome: data.decision === "vacated" ? "positive" : "negative",
    }),
  CredibleFearReconsidered: (state, _data, event) => ({
    ...withCredibleFear(state, {
      outcome: "positive",
      reconsidered: true,
      determinedAt: event.occurredAt,
      servedAt: event.occurredAt,
    }),
    // 8 CFR 208.30(g)(2)(iv)(A): a positive reconsideration leaves no expedited removal order.
    order: state.order?.kind === "expedited" ? null : state.order,
    finalOrderAt: state.order?.kind === "expedited" ? null : state.finalOrderAt,
    removalPlan: null,
  }),
  AsylumMeritsInterviewScheduled: (state, data) => ({
    ...state,
    meritsInterviewAt: data.scheduledFor,
  }),
  AsylumMeritsDecided: (state, data) =>
    data.decision === "granted" ? { ...state, outcome: "asylum_granted" } : state,
  AsylumApplicationFiled: (state, _data, event) =>
    state.court && state.court.asylumApplicationFiledAt === null
      ? { ...state, court: { ...state.court, asylumApplicationFiledAt: event.occurredAt } }
      : state,
};
