import type { CaseEvent } from "../caseLog.ts";
import { refusal } from "../refusal.ts";
import { type Command, deciders } from "./commands.ts";
import { type DecideContext, type Decision, refuse } from "./context.ts";
import type { EventType } from "./events.ts";
import { evolve } from "./projection.ts";
import type { CaseState } from "./state.ts";
import { checkTransitions } from "./table/index.ts";

/**
 * The one entry point: decide a command on a case's state. The owning area applies its rules
 * (and the due-process guard), then every event it produced is checked against the process
 * model in order. Either all events are allowed or the command is refused and nothing is written.
 */
export function decide(state: CaseState, command: Command, context: DecideContext): Decision {
  if (command.type === "OpenCase" && state.opened) {
    return refuse(
      refusal(
        "case.already-opened",
        "design.md (one case per person)",
        "The case is already open.",
      ),
    );
  }
  if (command.type !== "OpenCase" && !state.opened) {
    return refuse(
      refusal(
        "case.not-opened",
        "design.md (the case log)",
        "The case has not been opened: open it first.",
      ),
    );
  }
  const decider = deciders.get(command.type);
  if (!decider) {
    return refuse(refusal("case.unknown-command", "—", `Unknown command ${command.type}.`, "type"));
  }
  const decision = decider(state, command, context);
  if (!decision.ok) return decision;
  let current = state;
  for (const event of decision.events) {
    const forbidden = checkTransitions(current, event.type as EventType, event.data);
    if (forbidden) return refuse(forbidden);
    current = evolve(current, envelope(event.type, event.data, context));
  }
  return decision;
}

function envelope(type: string, data: Record<string, unknown>, context: DecideContext): CaseEvent {
  return {
    caseId: "",
    seq: 0,
    type,
    data,
    actor: context.actor,
    reason: null,
    occurredAt: context.now,
  };
}
