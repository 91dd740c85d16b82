import { addHours } from "../core/calendar.ts";
import type { DeadlineClock } from "../core/deadlines/types.ts";
import type { NextStep, WorkItem } from "../core/pathway/index.ts";
import { cbpHolding } from "../encounters/rules.ts";
import type { CustodyView } from "./state.ts";

/** TEDS 4.1 holds to 72 hours; the worklist warns when 60 have passed, so there is time to act. */
const HOLDING_WARNING_HOURS = 60;

/** Money the family can post to get the person out. */
export function custodyNextSteps(state: CustodyView): NextStep[] {
  if (state.custody === "detained" && state.bond?.amountCents && !state.bond.posted) {
    return [{ key: "nextStep.postBond", params: { amountUsd: state.bond.amountCents / 100 } }];
  }
  return [];
}

/**
 * Custody work: a person in CBP custody is to be processed (a disposition, then detention or
 * release) within the 72-hour holding standard, at the port where they were encountered; a
 * requested bond redetermination waits for an immigration judge (8 CFR 1003.19).
 */
export function custodyWorklist(state: CustodyView, clocks: readonly DeadlineClock[]): WorkItem[] {
  if (state.custody === "cbp_custody") {
    const holding = clocks.find((clock) => clock.ruleId === cbpHolding.id && clock.metAt === null);
    return [
      {
        item: state.pathway === null ? "custody.cbp-disposition" : "custody.cbp-transfer",
        role: "cbp_officer",
        post: state.entry?.port ? { kind: "port", id: state.entry.port } : null,
        dueAt: holding?.dueAt ?? null,
        ruleId: holding ? cbpHolding.id : null,
        warnAt: holding
          ? addHours(holding.dueAt, HOLDING_WARNING_HOURS - (cbpHolding.length ?? 72))
          : null,
      },
    ];
  }
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
