import { recordAudit } from "../platform/audit/record.ts";
import { appendToCase } from "../platform/caseLog/store.ts";
import type { Services } from "../platform/services.ts";
import { insertCase, insertPerson, type NewPerson } from "./store.ts";

export interface OpenCaseInput {
  person: NewPerson;
  /** When the person's case began: their arrival or first contact (ISO 8601 instant). */
  occurredAt: string;
}

/**
 * Opens a case for a person: the person, the case and its first event, and the audit entry, in
 * one transaction.
 */
export async function openCase(
  services: Services,
  input: OpenCaseInput,
  actor: string,
): Promise<{ id: string; reference: string; version: number }> {
  const { db, engine } = services;
  return db.transaction().execute(async (trx) => {
    const personId = await insertPerson(trx, input.person);
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
      decide: () => ({
        ok: true,
        events: [
          {
            type: "CaseOpened",
            data: { personId, nationality: input.person.nationality },
          },
        ],
      }),
    });
    if (!result.ok) throw new Error("opening a case cannot be refused");
    await recordAudit(trx, {
      actor,
      action: "case.open",
      subjectType: "case",
      subjectId: opened.id,
    });
    return { ...opened, version: result.version };
  });
}
