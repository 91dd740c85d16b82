import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decideEncounters, type EncountersCommand, encountersCommandSchemas } from "./decide.ts";
import { encountersEvents, encountersHandlers } from "./events.ts";
import { encountersDeadlines, encountersStandards } from "./rules.ts";
import { encountersFacts } from "./state.ts";

const CBP: readonly Role[] = ["cbp_officer"];

const roles: Record<EncountersCommand["type"], readonly Role[]> = {
  RecordEncounter: CBP,
  GrantHumanitarianException: CBP,
  ExpelUnderTitle42: CBP,
  ProcessUnderTitle8: CBP,
  // Every member's case at once, through POST /api/family-units (routes.ts), never one alone.
  LinkFamilyUnit: [],
};

/** CBP's encounter with a person at the border and its disposition. */
export const encountersDomain = {
  name: "encounters",
  facts: encountersFacts,
  events: { schemas: encountersEvents, evolve: encountersHandlers },
  commands: { schemas: encountersCommandSchemas, decide: decideEncounters, roles },
  deadlines: encountersDeadlines,
  standards: encountersStandards,
} satisfies AreaDomain<PolicyContext>;
