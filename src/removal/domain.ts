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

/** ICE removes; stays come from the court or ICE; CBP orders expedited removal at the border. */
const roles: Record<RemovalCommand["type"], readonly Role[]> = {
  OrderExpeditedRemoval: ["cbp_officer"],
  ScheduleRemoval: ICE,
  ExecuteRemoval: ICE,
  RecordFailedRemovalAttempt: ICE,
  GrantStay: [...ICE, "immigration_judge"],
  LiftStay: [...ICE, "immigration_judge"],
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
