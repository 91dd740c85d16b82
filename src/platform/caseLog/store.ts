import { type Kysely, sql, type Transaction } from "kysely";
import type { CaseEvent } from "../../core/caseLog.ts";
import type { Clocks } from "../../core/deadlines/types.ts";
import type { Database } from "../database/schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** A case as its log keeps it: the version, and the state and clocks folded from its events. */
export interface StoredCase {
  id: string;
  reference: string;
  personId: string;
  version: number;
  state: Record<string, unknown>;
  clocks: Clocks;
}

/** The case, locked until the transaction ends: writers of one case go one at a time. */
export async function lockCase(trx: Transaction<Database>, caseId: string) {
  const row = await trx
    .selectFrom("cases")
    .select(["id", "reference", "person_id", "version", "state", "clocks"])
    .where("id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
  return row ? toStoredCase(row) : undefined;
}

function toStoredCase(row: {
  id: string;
  reference: string;
  person_id: string;
  version: number;
  state: Record<string, unknown>;
  clocks: Clocks;
}): StoredCase {
  return {
    id: row.id,
    reference: row.reference,
    personId: row.person_id,
    version: row.version,
    state: row.state,
    clocks: row.clocks,
  };
}

/** A new, empty case (version 0) for a person; its first event comes through the pipeline. */
export async function insertCase(
  trx: Db,
  personId: string,
  openedAt: Date,
  initial: { state: Record<string, unknown>; clocks: Clocks },
): Promise<StoredCase> {
  const year = openedAt.getUTCFullYear();
  const row = await trx
    .insertInto("cases")
    .values({
      person_id: personId,
      reference: sql<string>`'HVN-' || ${String(year)} || '-' || lpad(nextval('case_reference_seq')::text, 6, '0')`,
      version: 0,
      state: JSON.stringify(initial.state),
      clocks: JSON.stringify(initial.clocks),
      opened_at: openedAt,
    })
    .returning(["id", "reference", "person_id", "version", "state", "clocks"])
    .executeTakeFirstOrThrow();
  return toStoredCase(row);
}

/**
 * Appends sequenced events and stores what they fold to. The caller holds the case's lock and
 * has checked the version; the (case_id, seq) key is the second line of defence.
 */
export async function appendEvents(
  trx: Transaction<Database>,
  stored: StoredCase,
  events: readonly CaseEvent[],
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto("case_events")
    .values(
      events.map((event) => ({
        case_id: event.caseId,
        seq: event.seq,
        type: event.type,
        data: JSON.stringify(event.data),
        actor: event.actor,
        reason: event.reason,
        occurred_at: event.occurredAt,
        recorded_at: at,
      })),
    )
    .execute();
  await saveCase(trx, stored, at);
}

/**
 * Stores a case's version, state and clocks: after an append (`changedAt` the time of the
 * write), or a rebuild (null: the case did not change, only how it is folded).
 */
export async function saveCase(trx: Db, stored: StoredCase, changedAt: Date | null): Promise<void> {
  await trx
    .updateTable("cases")
    .set({
      version: stored.version,
      state: JSON.stringify(stored.state),
      clocks: JSON.stringify(stored.clocks),
      ...(changedAt ? { updated_at: changedAt } : {}),
    })
    .where("id", "=", stored.id)
    .execute();
}

export async function readCaseEvents(
  db: Db,
  caseId: string,
): Promise<(CaseEvent & { recordedAt: string })[]> {
  const rows = await db
    .selectFrom("case_events")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("seq")
    .execute();
  return rows.map((row) => ({
    caseId: row.case_id,
    seq: row.seq,
    type: row.type,
    data: row.data,
    actor: row.actor,
    reason: row.reason,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  }));
}
