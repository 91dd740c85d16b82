export type {
  AreaDomain,
  CommandSchema,
  EventHandler,
  EventHandlers,
  NextStep,
  RuleTable,
  WorkItem,
} from "./area.ts";
export { assemblePathway, type KernelState, type Pathway } from "./assemble.ts";
export { renderProcessDoc, renderRulesDoc } from "./docs.ts";
export { type RunResult, runSteps, type StoryStep, step } from "./run.ts";
