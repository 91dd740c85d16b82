import { recordAudit } from "../platform/audit/record.ts";
import type { Refusal } from "../platform/caseLog/engine.ts";
import { appendToCase } from "../platform/caseLog/store.ts";
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
  const { db, engine, clock } = services;
  const now = clock().toISOString();
  const at = occurredAt ?? now;
  return db.transaction().execute(async (trx) => {
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
  });
}
