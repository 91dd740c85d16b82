import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type CustodyCommand, custodyCommandSchemas, decideCustody } from "./decide.ts";
import { custodyEvents, custodyHandlers } from "./events.ts";
import { custodyStandards } from "./rules.ts";
import { custodyFacts, custodyValues } from "./state.ts";
import { custodyNextSteps, custodyWorklist } from "./steps.ts";
import { custodyTransitions } from "./transitions.ts";

const ICE: readonly Role[] = ["ice_officer"];
const APPLICANT_SIDE: readonly Role[] = ["applicant", "attorney"];

/**
 * ICE holds and releases; the court redetermines bond. A detained person often asks for a bond
 * hearing by a written request handed to ICE, or in court, with no account of their own: the
 * ICE officer or the court clerk records it for them (8 CFR 1236.1(d)(1); 8 CFR 1003.19(b)).
 */
const roles: Record<CustodyCommand["type"], readonly Role[]> = {
  DetainAtFacility: ICE,
  TransferToFacility: ICE,
  SetBond: ICE,
  PostBond: [...ICE, ...APPLICANT_SIDE],
  RequestBondRedetermination: [...APPLICANT_SIDE, ...ICE, "court_clerk"],
  RedetermineBond: ["immigration_judge"],
  // CBP paroles or releases at the port as well as ICE after detention (8 CFR 212.5; INA 236(a)(2)(B)).
  GrantParole: [...ICE, "cbp_officer"],
  ReleaseOnRecognizance: [...ICE, "cbp_officer"],
};

/** Detention, transfers, parole and bond: the custody region. */
export const custodyDomain = {
  name: "custody",
  facts: custodyFacts,
  regions: [{ name: "custody", values: custodyValues, transitions: custodyTransitions }],
  events: { schemas: custodyEvents, evolve: custodyHandlers },
  commands: { schemas: custodyCommandSchemas, decide: decideCustody, roles },
  standards: custodyStandards,
  nextSteps: custodyNextSteps,
  worklist: custodyWorklist,
} satisfies AreaDomain<PolicyContext>;
