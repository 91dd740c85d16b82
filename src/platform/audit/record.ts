import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database/schema.ts";

/**
 * One audit entry. Subjects are ids, never names: the audit log says who touched which record,
 * not what the record says (8 CFR 208.6).
 */
export interface AuditEntry {
  actor: string;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes the entry with the caller's transaction, so the entry exists exactly when the write it
 * records does. It is chained later by the sequencer; writers never wait on each other here.
 */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor: entry.actor,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
