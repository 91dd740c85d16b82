import { insertCase } from "../platform/caseLog/store.ts";
import type { Services } from "../platform/services.ts";
import type { UnitOfWork } from "../platform/work.ts";
import { type CommandOutcome, runCommandIn } from "./runCommand.ts";

export type Opened = { ok: true; id: string; reference: string; version: number };

/**
 * Opens a case for a recorded person inside the caller's unit of work: the case, then its first
 * event through the pipeline like any other command (the pathway refuses a command that does
 * not open a case, e.g. people's `OpenCase`).
 */
export async function openCaseIn(
  unit: UnitOfWork,
  services: Services,
  opening: { personId: string; occurredAt: string; command: { type: string } },
): Promise<Opened | Exclude<CommandOutcome, { ok: true }>> {
  const { pathway } = services;
  const created = await insertCase(unit.trx, opening.personId, new Date(opening.occurredAt), {
    state: pathway.projection.initial(),
    clocks: pathway.deadlines.initial(),
  });
  const outcome = await runCommandIn(unit, services, {
    caseId: created.id,
    expectedVersion: 0,
    occurredAt: opening.occurredAt,
    command: pathway.commandSchema.parse(opening.command),
  });
  if (!outcome.ok) return outcome;
  return { ok: true, id: created.id, reference: created.reference, version: outcome.version };
}
