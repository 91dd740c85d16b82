import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decideProtection, type ProtectionCommand, protectionCommandSchemas } from "./decide.ts";
import { protectionEvents, protectionHandlers } from "./events.ts";
import { protectionDeadlines, protectionStandards } from "./rules.ts";
import { protectionFacts, protectionValues } from "./state.ts";
import { protectionNextSteps, protectionWorklist } from "./steps.ts";
import { protectionTransitions } from "./transitions.ts";

const USCIS: readonly Role[] = ["asylum_officer"];
const APPLICANT_SIDE: readonly Role[] = ["applicant", "attorney"];

/** USCIS asylum officers screen for credible fear; an immigration judge reviews on request. */
const roles: Record<ProtectionCommand["type"], readonly Role[]> = {
  ClaimFear: ["cbp_officer", "ice_officer", ...USCIS, ...APPLICANT_SIDE],
  ScheduleCredibleFearInterview: USCIS,
  RecordCredibleFearInterview: USCIS,
  // By the person or their attorney in the portal, or uploaded for them by the officer.
  SubmitWrittenAccount: [...APPLICANT_SIDE, ...USCIS],
  DetermineCredibleFear: USCIS,
  CompleteSupervisoryReview: USCIS,
  ReconsiderCredibleFear: USCIS,
  RequestIJReview: [...USCIS, ...APPLICANT_SIDE],
  DeclineIJReview: [...USCIS, ...APPLICANT_SIDE],
  DecideIJReview: ["immigration_judge"],
  ScheduleAsylumMeritsInterview: USCIS,
  DecideAsylumMerits: USCIS,
  FileAsylumApplication: [...APPLICANT_SIDE, "court_clerk"],
};

/** The protection claim: credible-fear screening, its review, the asylum application. */
export const protectionDomain = {
  name: "protection",
  facts: protectionFacts,
  regions: [{ name: "protection", values: protectionValues, transitions: protectionTransitions }],
  events: { schemas: protectionEvents, evolve: protectionHandlers },
  commands: { schemas: protectionCommandSchemas, decide: decideProtection, roles },
  deadlines: protectionDeadlines,
  standards: protectionStandards,
  nextSteps: protectionNextSteps,
  worklist: protectionWorklist,
} satisfies AreaDomain<PolicyContext>;
