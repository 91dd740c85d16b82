import { activeStays, type CaseState } from "./state.ts";

/**
 * Where a case stands, in three words, for lists and the web's `state.<region>.<value>` keys.
 * `stayed` is not a value of the removal region: it is shown while a stay is in force over an
 * order that has not been executed (stays are facts beside the region, see table/removal.ts).
 */
export function summarize(state: CaseState): {
  custody: string;
  protection: string;
  removal: string;
} {
  const stayed =
    state.removal !== "no_order" && state.removal !== "executed" && activeStays(state).length > 0;
  return {
    custody: state.custody,
    protection: state.protection,
    removal: stayed ? "stayed" : state.removal,
  };
}
