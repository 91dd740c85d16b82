/** The process engine's public face: what the platform and the web call. */
export {
  type Command,
  type CommandInput,
  type CommandType,
  commandSchema,
  commandTypes,
} from "./commands.ts";
export type { DecideContext, Decision } from "./context.ts";
export { decide } from "./decide.ts";
export { diagram } from "./diagram.ts";
export { processEngine } from "./engine.ts";
export { type EventDataMap, type EventType, eventTypes } from "./events.ts";
export { type NextStep, nextSteps } from "./nextSteps.ts";
export { caseProjection, evolve } from "./projection.ts";
export { type CaseState, initialCaseState, type Region, regions, regionValues } from "./state.ts";
export { summarize } from "./summary.ts";
export { transitions } from "./table/index.ts";
