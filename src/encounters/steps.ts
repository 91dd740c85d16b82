import type { DeadlineClock } from "../core/deadlines/types.ts";
import type { WorkItem } from "../core/pathway/index.ts";
import type { CustodyFacts } from "../custody/state.ts";
import { cbpHolding } from "./rules.ts";
import type { EncountersView } from "./state.ts";

/**
 * CBP's work on a case: a person in CBP custody is to be processed (a disposition) within the
 * 72-hour holding standard, at the port where they were encountered.
 */
export function encountersWorklist(
  state: EncountersView & CustodyFacts,
  clocks: readonly DeadlineClock[],
): WorkItem[] {
  if (state.custody !== "cbp_custody") return [];
  const holding = clocks.find((clock) => clock.ruleId === cbpHolding.id && clock.metAt === null);
  return [
    {
      item: state.pathway === null ? "encounters.disposition" : "encounters.transfer-from-cbp",
      role: "cbp_officer",
      post: state.entry?.port ? { kind: "port", id: state.entry.port } : null,
      dueAt: holding?.dueAt ?? null,
      ruleId: holding ? cbpHolding.id : null,
    },
  ];
}
