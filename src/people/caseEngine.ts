import { deadlines } from "../core/deadlines/index.ts";
import {
  type CaseState,
  type Command,
  diagram,
  nextSteps,
  processEngine,
} from "../core/process/index.ts";
import type { CaseEngine } from "../platform/caseLog/engine.ts";

/** The process engine, as the platform calls it: the policy in force is read at the command's time. */
export const caseEngine: CaseEngine<CaseState, Command> = {
  ...processEngine,
  deadlines,
  nextSteps,
  diagram,
};
