import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decideRemoval, type RemovalCommand, removalCommandSchemas } from "./decide.ts";
import { removalEvents, removalHandlers } from "./events.ts";
import { removalGuardTable, removalStandards } from "./rules.ts";
import { removalFacts, removalValues } from "./state.ts";
import { removalNextSteps, removalSummary, removalWorklist } from "./steps.ts";
import { removalTransitions } from "./transitions.ts";

const ICE: readonly Role[] = ["ice_officer"];

/**
 * Nobody runs a flight command through the command route: ICE officers run them through a
 * flight's manifest (flights/routes.ts, permission `removal.flights`), which takes the flight,
 * its destination and its departure from the flight's record, never from what a caller types.
 */
const ON_A_MANIFEST_ONLY: readonly Role[] = [];

/**
 * ICE removes; stays come from the court or ICE; CBP at the border and ICE in the interior order
 * expedited removal (INA 235(b)(1)(A)(i); 8 CFR 235.3(b)(1), immigration officers of both).
 */
const roles: Record<RemovalCommand["type"], readonly Role[]> = {
  OrderExpeditedRemoval: ["cbp_officer", ...ICE],
  ScheduleRemoval: ON_A_MANIFEST_ONLY,
  RescheduleRemoval: ON_A_MANIFEST_ONLY,
  ExecuteRemoval: ON_A_MANIFEST_ONLY,
  RecordFailedRemovalAttempt: ON_A_MANIFEST_ONLY,
  CancelRemoval: ON_A_MANIFEST_ONLY,
  GrantStay: [...ICE, "immigration_judge"],
  LiftStay: [...ICE, "immigration_judge"],
  RecordTravelDocument: ICE,
};

/** Removal orders, stays, their execution, and the due-process guard. */
export const removalDomain = {
  name: "removal",
  facts: removalFacts,
  regions: [
    {
      name: "removal",
      values: removalValues,
      transitions: removalTransitions,
      summarize: removalSummary,
    },
  ],
  events: { schemas: removalEvents, evolve: removalHandlers },
  commands: { schemas: removalCommandSchemas, decide: decideRemoval, roles },
  standards: removalStandards,
  ruleTables: [removalGuardTable],
  nextSteps: removalNextSteps,
  worklist: removalWorklist,
} satisfies AreaDomain<PolicyContext>;
