import type { NextStep, WorkItem } from "../core/pathway/index.ts";
import type { CustodyView } from "./state.ts";

/** Money the family can post to get the person out. */
export function custodyNextSteps(state: CustodyView): NextStep[] {
  if (state.custody === "detained" && state.bond?.amountCents && !state.bond.posted) {
    return [{ key: "nextStep.postBond", params: { amountUsd: state.bond.amountCents / 100 } }];
  }
  return [];
}

/** Custody work: a requested bond redetermination waits for an immigration judge (8 CFR 1003.19). */
export function custodyWorklist(state: CustodyView): WorkItem[] {
  if (state.custody !== "detained" || !state.bond?.redeterminationRequested) return [];
  return [
    {
      item: "custody.bond-redetermination",
      role: "immigration_judge",
      post: state.court ? { kind: "court", id: state.court.court } : null,
      dueAt: null,
      ruleId: null,
    },
  ];
}
