import type { ProtectionOutcome } from "../protection/state.ts";

/** Removal proceedings before the immigration court and the BIA. */
export interface CourtFacts {
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
  motions: {
    motionId: string;
    kind: "reopen" | "reconsider";
    filedAt: string;
    staysRemoval: boolean;
    inAbsentiaLackOfNotice: boolean;
    decision: "granted" | "denied" | null;
  }[];
  petitionsForReview: { filedAt: string; court: string }[];
}

export function courtFacts(): CourtFacts {
  return { court: null, motions: [], petitionsForReview: [] };
}

export function pendingStayingMotions(state: Pick<CourtFacts, "motions">) {
  return state.motions.filter((motion) => motion.decision === null && motion.staysRemoval);
}
