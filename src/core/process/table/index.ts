import { type Refusal, refusal } from "../../refusal.ts";
import type { EventType } from "../events.ts";
import { type CaseState, type Region, regions } from "../state.ts";
import { custodyTransitions } from "./custody.ts";
import { protectionTransitions } from "./protection.ts";
import { removalTransitions } from "./removal.ts";
import type { Condition, Transition } from "./types.ts";

export type { Condition, Transition } from "./types.ts";

/** The process model: every allowed move of every region, as data. */
export const transitions: readonly Transition[] = [
  ...custodyTransitions,
  ...protectionTransitions,
  ...removalTransitions,
];

type ByRegion = Partial<Record<Region, Transition[]>>;
const byEvent = new Map<string, ByRegion>();
for (const transition of transitions) {
  const entry = byEvent.get(transition.event) ?? {};
  const list = entry[transition.region] ?? [];
  list.push(transition);
  entry[transition.region] = list;
  byEvent.set(transition.event, entry);
}

function matches(conditions: readonly Condition[] | undefined, data: Record<string, unknown>) {
  return conditions === undefined || conditions.every((c) => data[c.field] === c.equals);
}

function find(state: CaseState, region: Region, rows: Transition[], data: Record<string, unknown>) {
  const value = state[region];
  return rows.find(
    (transition) =>
      (transition.from as readonly string[]).includes(value) && matches(transition.when, data),
  );
}

/** The region values after an event; regions the event does not name keep theirs. */
export function applyTransitions(
  state: CaseState,
  type: string,
  data: Record<string, unknown>,
): CaseState {
  const entry = byEvent.get(type);
  if (!entry) return state;
  let next = state;
  for (const region of regions) {
    const rows = entry[region];
    if (!rows) continue;
    const transition = find(state, region, rows, data);
    if (transition && transition.to !== "same") next = { ...next, [region]: transition.to };
  }
  return next;
}

/** Refuses an event the model does not allow from the state, naming the region that forbids it. */
export function checkTransitions(
  state: CaseState,
  type: EventType,
  data: Record<string, unknown>,
): Refusal | null {
  const entry = byEvent.get(type);
  if (!entry) return null;
  for (const region of regions) {
    const rows = entry[region];
    if (!rows || find(state, region, rows, data)) continue;
    const from = [...new Set(rows.flatMap((transition) => transition.from))];
    const citations = [...new Set(rows.map((transition) => transition.citation))].join("; ");
    return refusal(
      `process.${region}.${type}`,
      citations,
      `${type} is not allowed while ${region} is "${state[region]}": the process model allows it only from ${from
        .map((value) => `"${value}"`)
        .join(", ")} (${citations}).`,
    );
  }
  return null;
}

export { custodyTransitions, protectionTransitions, removalTransitions };
