import type { Transaction } from "kysely";
import { recordAudit } from "../platform/audit/record.ts";
import type { Refusal } from "../platform/caseLog/engine.ts";
import { appendToCase } from "../platform/caseLog/store.ts";
import type { Database } from "../platform/database/schema.ts";
import type { Services } from "../platform/services.ts";

export type CommandOutcome =
  | { ok: true; version: number; events: { seq: number; type: string }[] }
  | { ok: false; refusal: Refusal };

/**
 * Runs one command on a case through the process engine: decide on the current state, append
 * the events with the expected version, update the projection and audit — one transaction, or
 * nothing at all.
 */
export async function runCaseCommand(
  services: Services,
  caseId: string,
  expectedVersion: number,
  command: { type: string },
  actor: string,
  occurredAt?: string,
): Promise<CommandOutcome> {
  return services.db
    .transaction()
    .execute((trx) =>
      runCaseCommandIn(trx, services, caseId, expectedVersion, command, actor, occurredAt),
    );
}

/**
 * The same, inside the caller's transaction: for use cases that run several commands (or other
 * writes) as one unit, e.g. a check-in at a port that opens and moves the cases of a family.
 * A refusal writes nothing here; the caller decides whether to roll back its own work.
 */
export async function runCaseCommandIn(
  trx: Transaction<Database>,
  services: Services,
  caseId: string,
  expectedVersion: number,
  command: { type: string },
  actor: string,
  occurredAt?: string,
): Promise<CommandOutcome> {
  const { engine, clock } = services;
  const at = occurredAt ?? clock().toISOString();
  const result = await appendToCase(trx, engine.projection, {
    caseId,
    expectedVersion,
    actor,
    occurredAt: at,
    decide: (state) => engine.decide(state, command, { now: at, actor }),
  });
  if (!result.ok) return result;
  await recordAudit(trx, {
    actor,
    action: "case.command",
    subjectType: "case",
    subjectId: caseId,
    details: { command: command.type, version: result.version },
  });
  return {
    ok: true,
    version: result.version,
    events: result.events.map((event) => ({ seq: event.seq, type: event.type })),
  };
}
