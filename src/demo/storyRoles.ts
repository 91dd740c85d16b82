import type { Pathway, StoryStep } from "../core/pathway/index.ts";
import { mayRunCommand } from "../platform/auth/commandRoles.ts";
import { can } from "../platform/auth/roles.ts";
import { flightCommandTypes } from "../removal/decide.ts";
import { actorRoles } from "./stories/common.ts";

const FLIGHT_COMMANDS: readonly string[] = flightCommandTypes;

/** Whether a step's command runs through a removal flight's manifest rather than the command route. */
export function isFlightStep(step: StoryStep<{ type: string }>): boolean {
  return FLIGHT_COMMANDS.includes(step.command.type);
}

/**
 * Why a story's step may not run, or null: its actor's role must be one that may run its
 * command — through the command route (the command's roles), or for a flight command through
 * the flight routes (their permission). The same table every officer's request is checked against.
 */
export function storyStepProblem(
  pathway: Pick<Pathway, "commandRoles">,
  step: StoryStep<{ type: string }>,
): string | null {
  const role = actorRoles[step.actor];
  if (!role) return `${step.actor} has no role`;
  const allowed = isFlightStep(step)
    ? can(role, "removal.flights")
    : mayRunCommand(pathway, role, step.command.type);
  return allowed ? null : `${role} may not run ${step.command.type}`;
}
