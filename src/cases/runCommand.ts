import type { CaseEvent } from "../core/caseLog.ts";
import { sequence } from "../core/caseLog.ts";
import type { Refusal } from "../core/refusal.ts";
import { ProjectionConflict } from "../platform/caseLog/projection.ts";
import { appendEvents, lockCase, type StoredCase } from "../platform/caseLog/store.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../platform/work.ts";
import { CASE_MISSING } from "./caseMissing.ts";

export interface CommandRequest {
  caseId: string;
  /** The version the caller last saw: a case that moved since is a conflict. */
  expectedVersion: number;
  /** A command the pathway's schema has parsed. */
  command: { type: string };
  /** When the fact happened, if not now. */
  occurredAt?: string;
}

export type CommandOutcome =
  | { ok: true; version: number; events: { seq: number; type: string }[]; case: StoredCase }
  | { ok: false; kind: "missing"; detail: string }
  | { ok: false; kind: "conflict"; detail: string }
  | { ok: false; kind: "refused"; refusal: Refusal };

/** Runs one command on a case through the pipeline, as one transaction (below). */
export function runCommand(
  services: Services,
  request: CommandRequest,
  write: Write,
): Promise<CommandOutcome> {
  return inTransaction(services, write, (unit) => runCommandIn(unit, services, request));
}

/**
 * The one command pipeline, inside the caller's unit of work: lock the case and compare the
 * expected version, decide with the policy in force at the command's time, append the events,
 * update every projection the modules declare, and name the case for the audit entry the route
 * declares. A refusal or a conflict comes back as a value, and the unit writes nothing.
 */
export async function runCommandIn(
  unit: UnitOfWork,
  services: Services,
  request: CommandRequest,
): Promise<CommandOutcome> {
  const { pathway } = services;
  const stored = await lockCase(unit.trx, request.caseId);
  if (!stored) return CASE_MISSING;
  if (stored.version !== request.expectedVersion) {
    return {
      ok: false,
      kind: "conflict",
      detail: `The case is at version ${stored.version}, not ${request.expectedVersion}: it changed since you read it. Reload it and try again.`,
    };
  }
  const now = services.clock();
  // The instant as the database will give it back, so the state folds the same values now as a
  // replay of the stored events will.
  const at = new Date(request.occurredAt ?? now).toISOString();
  const context = await services.decisionContext(unit.trx, at, unit.write.actor, request.command);
  const decision = pathway.decide(stored.state as never, request.command, context);
  if (!decision.ok) return { ok: false, kind: "refused", refusal: decision.refusal };
  const events = sequence(stored.id, stored.version, decision.events, {
    actor: unit.write.actor,
    occurredAt: at,
  });
  const next = advance(services, stored, events);
  await appendEvents(unit.trx, next, events, now);
  try {
    for (const projection of services.projections) {
      await projection.update(unit.trx, { case: next, events }, pathway);
    }
  } catch (error) {
    if (error instanceof ProjectionConflict) {
      return { ok: false, kind: "conflict", detail: error.message };
    }
    throw error;
  }
  unit.audit({
    type: "case",
    id: stored.id,
    details: { command: request.command.type, version: next.version },
  });
  return {
    ok: true,
    version: next.version,
    events: events.map((event) => ({ seq: event.seq, type: event.type })),
    case: next,
  };
}

/** The case after events: its version, state and clocks moved on by each. */
export function advance(
  services: Pick<Services, "pathway">,
  stored: StoredCase,
  events: readonly CaseEvent[],
): StoredCase {
  let { state, clocks } = stored;
  for (const event of events) {
    state = services.pathway.projection.evolve(state as never, event);
    clocks = services.pathway.deadlines.step(clocks, event);
  }
  return { ...stored, version: stored.version + events.length, state, clocks };
}
