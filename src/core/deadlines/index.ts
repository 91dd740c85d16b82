export { type DeadlineEngine, type Due, deadlineEngine, dueFor, toDeadline } from "./compute.ts";
export type {
  Clocks,
  Deadline,
  DeadlineClock,
  DeadlineParty,
  DeadlineRule,
  DeadlineStatus,
  DeadlineUnit,
  Trigger,
} from "./types.ts";
