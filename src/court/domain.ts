import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type CourtCommand, courtCommandSchemas, decideCourt } from "./decide.ts";
import { courtEvents, courtHandlers } from "./events.ts";
import { courtDeadlines, courtStandards } from "./rules.ts";
import { courtFacts } from "./state.ts";
import { courtNextSteps, courtWorklist } from "./steps.ts";

const APPLICANT_SIDE: readonly Role[] = ["applicant", "attorney"];
const COURT: readonly Role[] = ["immigration_judge", "court_clerk"];
const JUDGE: readonly Role[] = ["immigration_judge"];

/** EOIR judges and clerks run the court; DHS serves the Notice to Appear. */
const roles: Record<CourtCommand["type"], readonly Role[]> = {
  ServeNoticeToAppear: ["cbp_officer", "ice_officer", "asylum_officer"],
  ScheduleHearing: COURT,
  HoldHearing: JUDGE,
  IssueIJDecision: JUDGE,
  WaiveAppeal: [...APPLICANT_SIDE, ...COURT],
  FileAppeal: [...APPLICANT_SIDE, "court_clerk"],
  RecordAppealPeriodExpired: COURT,
  DecideAppeal: COURT,
  FileMotion: [...APPLICANT_SIDE, "court_clerk"],
  DecideMotion: JUDGE,
  FilePetitionForReview: [...APPLICANT_SIDE, "court_clerk"],
};

/** Removal proceedings before the immigration court and the BIA. */
export const courtDomain = {
  name: "court",
  facts: courtFacts,
  events: { schemas: courtEvents, evolve: courtHandlers },
  commands: { schemas: courtCommandSchemas, decide: decideCourt, roles },
  deadlines: courtDeadlines,
  standards: courtStandards,
  nextSteps: courtNextSteps,
  worklist: courtWorklist,
} satisfies AreaDomain<PolicyContext>;
