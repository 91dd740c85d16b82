/**
 * A case's state: one value per region of the process model (design.md, "Domain model") and the
 * facts the guards and deadlines read. Plain JSON (no Date, no undefined): the platform stores it
 * as jsonb and continues folding from the stored value.
 */
import type { PortId } from "../policy/ports.ts";

export const regions = ["custody", "protection", "removal"] as const;
export type Region = (typeof regions)[number];

export const regionValues = {
  custody: [
    "in_mexico",
    "cbp_custody",
    "detained",
    "released_parole",
    "released_bond",
    "released_recognizance",
    "removed",
  ],
  protection: [
    "none",
    "fear_claimed",
    "cfi_scheduled",
    "cf_positive",
    "cf_negative",
    "ij_review_requested",
    "ij_review_affirmed",
    "merits_interview_scheduled",
    "nta_issued",
    "in_proceedings",
    "ij_decided",
    "on_appeal",
    "final",
  ],
  removal: ["no_order", "ordered", "final_order", "scheduled", "executed"],
} as const;

export type RegionValue<R extends Region> = (typeof regionValues)[R][number];
export type CustodyValue = RegionValue<"custody">;
export type ProtectionValue = RegionValue<"protection">;
export type RemovalValue = RegionValue<"removal">;

/** How protection ended, when the protection region is `final`. */
export const protectionOutcomes = [
  "asylum_granted",
  "withholding_granted",
  "cat_granted",
  "denied",
  "terminated",
] as const;
export type ProtectionOutcome = (typeof protectionOutcomes)[number];

export type IJReviewStatus = "none" | "requested" | "declined" | "affirmed" | "vacated";

export interface CaseState {
  opened: boolean;
  person: { personId: string; nationality: string; arrivedInMexicoAt: string | null } | null;
  custody: CustodyValue;
  protection: ProtectionValue;
  removal: RemovalValue;
  /** The last entry into the United States (the one-year asylum clock runs from it). */
  entry: {
    at: string;
    place: string;
    port: PortId | null;
    atPortOfEntry: boolean;
    viaAppointment: boolean;
    /** 8 CFR 1001.1(q): an applicant for admission coming at a port of entry. */
    arrivingAlien: boolean;
    /** 8 CFR 208.33: the lawful-pathways presumption applies to this entry. */
    lawfulPathwaysPresumption: boolean;
  } | null;
  title42: { exceptionGranted: boolean; expulsions: number };
  pathway: "expedited_removal" | "section_240" | null;
  facilityId: string | null;
  bond: {
    /** USD cents; null when an IJ redetermined to no bond. */
    amountCents: number | null;
    setBy: "ice" | "ij";
    redeterminationRequested: boolean;
    posted: boolean;
  } | null;
  credibleFear: {
    claimedAt: string;
    interviewAt: string | null;
    outcome: "positive" | "negative" | null;
    determinedAt: string | null;
    /** Supervisory review is done and the determination served (8 CFR 208.30(e)(8)). */
    servedAt: string | null;
    ijReview: IJReviewStatus;
    ijReviewRequestedAt: string | null;
    reconsidered: boolean;
  } | null;
  meritsInterviewAt: string | null;
  court: {
    court: string;
    ntaServedAt: string;
    hearings: {
      hearingId: string;
      at: string;
      kind: "master" | "individual";
      held: boolean;
      respondentAppeared: boolean | null;
    }[];
    asylumApplicationFiledAt: string | null;
    decision: {
      outcome: ProtectionOutcome;
      removalOrdered: boolean;
      inAbsentia: boolean;
      delivery: "oral" | "written";
      /** The day of the oral decision or of service of the written one (8 CFR 1003.38(b)). */
      servedOn: string;
    } | null;
    appeal: {
      filedAt: string;
      by: "respondent" | "dhs";
      decision: "dismissed" | "sustained" | "remanded" | null;
    } | null;
  } | null;
  outcome: ProtectionOutcome | null;
  order: { kind: "expedited" | "ij"; at: string; country: string | null } | null;
  finalOrderAt: string | null;
  motions: {
    motionId: string;
    kind: "reopen" | "reconsider";
    filedAt: string;
    staysRemoval: boolean;
    inAbsentiaLackOfNotice: boolean;
    decision: "granted" | "denied" | null;
  }[];
  stays: {
    stayId: string;
    by: string;
    citation: string;
    grantedAt: string;
    liftedAt: string | null;
  }[];
  removalPlan: { country: string; scheduledFor: string } | null;
  attempts: {
    at: string;
    reason: "refused_to_board" | "medical" | "other";
    detail: string | null;
  }[];
  removedAt: string | null;
  petitionsForReview: { filedAt: string; court: string }[];
  address: { address: string; movedOn: string } | null;
}

export function initialCaseState(): CaseState {
  return {
    opened: false,
    person: null,
    custody: "in_mexico",
    protection: "none",
    removal: "no_order",
    entry: null,
    title42: { exceptionGranted: false, expulsions: 0 },
    pathway: null,
    facilityId: null,
    bond: null,
    credibleFear: null,
    meritsInterviewAt: null,
    court: null,
    outcome: null,
    order: null,
    finalOrderAt: null,
    motions: [],
    stays: [],
    removalPlan: null,
    attempts: [],
    removedAt: null,
    petitionsForReview: [],
    address: null,
  };
}

export function activeStays(state: CaseState) {
  return state.stays.filter((stay) => stay.liftedAt === null);
}

export function pendingStayingMotions(state: CaseState) {
  return state.motions.filter((motion) => motion.decision === null && motion.staysRemoval);
}
