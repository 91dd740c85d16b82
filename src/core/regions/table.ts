import { type Refusal, refusal } from "../refusal.ts";
import { matches, type Region, type Transition } from "./types.ts";

type State = Record<string, unknown>;

/**
 * The transition engine over parallel regions: which rows an event has in each region, how the
 * regions move, and the refusal of an event the model does not allow.
 */
export interface TransitionTable {
  apply: (state: State, type: string, data: Record<string, unknown>) => State;
  check: (state: State, type: string, data: Record<string, unknown>) => Refusal | null;
}

export function transitionTable(regions: readonly Region[]): TransitionTable {
  // For each event, the regions that have rows for it (in the regions' order) with those rows.
  const byEvent = new Map<string, [region: string, rows: Transition[]][]>();
  for (const region of regions) {
    for (const transition of region.transitions) {
      if (transition.region !== region.name) {
        throw new Error(`a row of region ${region.name} names region ${transition.region}`);
      }
      const entry = byEvent.get(transition.event) ?? [];
      const rows = entry.find(([name]) => name === region.name)?.[1];
      if (rows) rows.push(transition);
      else entry.push([region.name, [transition]]);
      byEvent.set(transition.event, entry);
    }
  }
  const find = (state: State, region: string, rows: Transition[], data: Record<string, unknown>) =>
    rows.find(
      (transition) =>
        transition.from.includes(state[region] as string) && matches(transition.when, data),
    );
  return {
    apply(state, type, data) {
      const entry = byEvent.get(type);
      if (!entry) return state;
      let next = state;
      for (const [region, rows] of entry) {
        const transition = find(state, region, rows, data);
        if (transition && transition.to !== "same") next = { ...next, [region]: transition.to };
      }
      return next;
    },
    check(state, type, data) {
      const entry = byEvent.get(type);
      if (!entry) return null;
      for (const [region, rows] of entry) {
        if (find(state, region, rows, data)) continue;
        const from = [...new Set(rows.flatMap((transition) => transition.from))];
        const citations = [...new Set(rows.map((transition) => transition.citation))].join("; ");
        return refusal(
          `process.${region}.${type}`,
          citations,
          `${type} is not allowed while ${region} is "${String(state[region])}": the process model allows it only from ${from
            .map((value) => `"${value}"`)
            .join(", ")} (${citations}).`,
        );
      }
      return null;
    },
  };
}
