import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type CourtCommand, courtCommandSchemas, decideCourt } from "./decide.ts";
import { courtEvents, courtHandlers } from "./events.ts";
import {
  decideFiling,
  type FilingCommand,
  filingCommandSchemas,
  filingCommandTypes,
  filingEvents,
  filingFacts,
  filingHandlers,
} from "./filings.ts";
import { courtDeadlines, courtStandards } from "./rules.ts";
import { courtFacts } from "./state.ts";
import { courtNextSteps, courtWorklist } from "./steps.ts";

const APPLICANT_SIDE: readonly Role[] = ["applicant", "attorney"];
const COURT: readonly Role[] = ["immigration_judge", "court_clerk"];
const JUDGE: readonly Role[] = ["immigration_judge"];

/** EOIR judges and clerks run the court; DHS serves the Notice to Appear. */
const roles: Record<CourtCommand["type"] | FilingCommand["type"], readonly Role[]> = {
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
  // Either party files evidence; the clerk records what came on paper.
  FileEvidence: [...APPLICANT_SIDE, "ice_officer", "court_clerk"],
};

/** Removal proceedings before the immigration court and the BIA. */
export const courtDomain = {
  name: "court",
  facts: () => ({ ...courtFacts(), ...filingFacts() }),
  events: {
    schemas: { ...courtEvents, ...filingEvents },
    evolve: { ...courtHandlers, ...filingHandlers },
  },
  commands: {
    schemas: [...courtCommandSchemas, ...filingCommandSchemas],
    decide: (state, command, context) =>
      filingCommandTypes.has(command.type)
        ? decideFiling(state, command as FilingCommand, context)
        : decideCourt(state, command as CourtCommand, context),
    roles,
  },
  deadlines: courtDeadlines,
  standards: courtStandards,
  nextSteps: courtNextSteps,
  worklist: courtWorklist,
} satisfies AreaDomain<PolicyContext>;
