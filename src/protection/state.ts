import type { KernelState } from "../core/pathway/index.ts";

/** The protection region: screening, proceedings and the final outcome of the claim. */
export const protectionValues = [
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
] as const;
export type ProtectionValue = (typeof protectionValues)[number];

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

export interface ProtectionFacts {
  protection: ProtectionValue;
  credibleFear: {
    claimedAt: string;
    interviewAt: string | null;
    /** The interview held (8 CFR 208.30(d)): when, by which officer (an actor), in what language. */
    interview: {
      heldAt: string;
      officerId: string;
      language: string;
      interpreterId: string | null;
    } | null;
    /** The applicant's written account, when last submitted. */
    writtenAccountAt: string | null;
    outcome: "positive" | "negative" | null;
    determinedAt: string | null;
    /** The officer who made the determination (an actor), whom 8 CFR 208.30(e)(8) keeps from reviewing it. */
    determinedBy: string | null;
    /** Supervisory review is done and the determination served (8 CFR 208.30(e)(8)). */
    servedAt: string | null;
    ijReview: IJReviewStatus;
    ijReviewRequestedAt: string | null;
    reconsidered: boolean;
  } | null;
  meritsInterviewAt: string | null;
  outcome: ProtectionOutcome | null;
}

export type ProtectionView = KernelState & ProtectionFacts;

export function protectionFacts(): ProtectionFacts {
  return { protection: "none", credibleFear: null, meritsInterviewAt: null, outcome: null };
}
