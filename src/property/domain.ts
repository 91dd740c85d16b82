import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decideProperty, type PropertyCommand, propertyCommandSchemas } from "./decide.ts";
import { propertyEvents, propertyHandlers } from "./events.ts";
import { propertyStandards } from "./rules.ts";
import { propertyFacts } from "./state.ts";
import { propertyWorklist } from "./steps.ts";

/** CBP at the port and ICE at the facility keep the ledger of what they hold for the person. */
const OFFICERS: readonly Role[] = ["cbp_officer", "ice_officer"];

const roles: Record<PropertyCommand["type"], readonly Role[]> = {
  RecordPropertyTaken: OFFICERS,
  ReturnProperty: OFFICERS,
  HandOnProperty: OFFICERS,
  DisposeOfProperty: OFFICERS,
};

/** The property ledger: what was taken from the person, who holds it, and where it went. */
export const propertyDomain = {
  name: "property",
  facts: propertyFacts,
  events: { schemas: propertyEvents, evolve: propertyHandlers },
  commands: { schemas: propertyCommandSchemas, decide: decideProperty, roles },
  standards: propertyStandards,
  worklist: propertyWorklist,
} satisfies AreaDomain<PolicyContext>;
