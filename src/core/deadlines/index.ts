import { courtDeadlines } from "../../court/rules.ts";
import { encountersDeadlines } from "../../encounters/rules.ts";
import { peopleDeadlines } from "../../people/rules.ts";
import { protectionDeadlines } from "../../protection/rules.ts";
import type { CaseEvent } from "../caseLog.ts";
import { deadlinesOf } from "./compute.ts";
import type { Deadline, DeadlineRule } from "./types.ts";

export { dueFor } from "./compute.ts";
export type { Deadline, DeadlineRule, DeadlineStatus, DeadlineUnit, Trigger } from "./types.ts";

/** Every deadline rule, from the areas whose events start the clocks. */
export const deadlineRules: readonly DeadlineRule[] = [
  ...encountersDeadlines,
  ...protectionDeadlines,
  ...courtDeadlines,
  ...peopleDeadlines,
];

export function deadlineRule(id: string): DeadlineRule {
  const rule = deadlineRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no deadline rule ${id}`);
  return rule;
}

/** All the case's deadlines with their status (open / met / missed) at `now`. */
export function deadlines(events: readonly CaseEvent[], now: string): Deadline[] {
  return deadlinesOf(deadlineRules, events, now);
}

/** The deadlines still running at `now`. */
export function openDeadlines(events: readonly CaseEvent[], now: string): Deadline[] {
  return deadlines(events, now).filter((deadline) => deadline.status === "open");
}
