import { dayOf } from "../core/calendar.ts";
import type { DeadlineClock } from "../core/deadlines/types.ts";
import type { NextStep, WorkItem } from "../core/pathway/index.ts";
import { activeStays, type RemovalView } from "./state.ts";

/** Where the removal region reads "stayed": a stay in force over an order not yet executed. */
export function removalSummary(state: RemovalView): string {
  const stayed =
    state.removal !== "no_order" && state.removal !== "executed" && activeStays(state).length > 0;
  return stayed ? "stayed" : state.removal;
}

/** A removal that happened ends the case's next steps; a scheduled one is the first to know. */
export function removalNextSteps(state: RemovalView): NextStep[] {
  if (state.removal === "executed") {
    return [{ key: "nextStep.removed", params: { on: dayOf(state.removedAt ?? "") }, final: true }];
  }
  if (state.removal === "scheduled" && state.removalPlan) {
    return [
      {
        key: "nextStep.removalScheduled",
        params: { country: state.removalPlan.country, on: dayOf(state.removalPlan.scheduledFor) },
      },
    ];
  }
  return [];
}

/**
 * ICE's removal work: a final order with nothing barring it is to be scheduled, a scheduled
 * removal to be carried out, at the facility where the person is held.
 */
export function removalWorklist(state: RemovalView, _clocks: readonly DeadlineClock[]): WorkItem[] {
  const post = state.facilityId ? { kind: "facility" as const, id: state.facilityId } : null;
  if (state.removal === "scheduled" && state.removalPlan) {
    return [
      {
        item: "removal.execute",
        role: "ice_officer",
        post,
        dueAt: state.removalPlan.scheduledFor,
        ruleId: null,
      },
    ];
  }
  if (state.removal === "final_order" && state.custody === "detained") {
    return [{ item: "removal.schedule", role: "ice_officer", post, dueAt: null, ruleId: null }];
  }
  return [];
}
