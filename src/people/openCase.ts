import type { Transaction } from "kysely";
import { recordAudit } from "../platform/audit/record.ts";
import { appendToCase } from "../platform/caseLog/store.ts";
import type { Database } from "../platform/database/schema.ts";
import type { Services } from "../platform/services.ts";
import { insertCase, insertPerson, type NewPerson } from "./store.ts";

export interface OpenCaseInput {
  person: NewPerson;
  /** When the person's case began: their first contact with Haven (ISO 8601 instant). */
  occurredAt: string;
  /** When they arrived in Mexico, if known. */
  arrivedAt?: string | null;
}

/**
 * Opens a case for a person: the person, the case and its first event (decided by the process
 * engine like any other command), and the audit entry, in one transaction.
 */
export async function openCase(
  services: Services,
  input: OpenCaseInput,
  actor: string,
  /** More work that belongs to the same transaction (e.g. tying the person to an account). */
  alsoInTransaction?: (
    trx: Transaction<Database>,
    opened: { caseId: string; personId: string },
  ) => Promise<void>,
): Promise<{ id: string; reference: string; version: number }> {
  return services.db.transaction().execute(async (trx) => {
    const personId = await insertPerson(trx, input.person);
    return openCaseIn(trx, services, personId, input, actor, alsoInTransaction);
  });
}

/**
 * Opens a case for a person who is already recorded, inside the caller's transaction (for use
 * cases that open cases as part of a larger unit, e.g. a check-in at a port of entry).
 */
export async function openCaseIn(
  trx: Transaction<Database>,
  services: Services,
  personId: string,
  input: Pick<OpenCaseInput, "occurredAt" | "arrivedAt"> & { person: { nationality: string } },
  actor: string,
  alsoInTransaction?: (
    trx: Transaction<Database>,
    opened: { caseId: string; personId: string },
  ) => Promise<void>,
): Promise<{ id: string; reference: string; version: number }> {
  const { engine } = services;
  const opened = await insertCase(
    trx,
    personId,
    new Date(input.occurredAt),
    engine.projection.initial(),
  );
  const result = await appendToCase(trx, engine.projection, {
    caseId: opened.id,
    expectedVersion: 0,
    actor,
    occurredAt: input.occurredAt,
    decide: (state) =>
      engine.decide(
        state,
        engine.commandSchema.parse({
          type: "OpenCase",
          personId,
          nationality: input.person.nationality,
          arrivedAt: input.arrivedAt ?? null,
        }),
        { now: input.occurredAt, actor },
      ),
  });
  if (!result.ok) throw new Error(`A new case refused to open: ${result.refusal.message}`);
  await alsoInTransaction?.(trx, { caseId: opened.id, personId });
  await recordAudit(trx, {
    actor,
    action: "case.open",
    subjectType: "case",
    subjectId: opened.id,
  });
  return { ...opened, version: result.version };
}
