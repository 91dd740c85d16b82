import type { Kysely, Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import type { PortId } from "./ports.ts";
import type { PolicyChange } from "./types.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** An administrator's change, as recorded: what changes, from when, why, and on what authority. */
export type RecordedChange =
  | { kind: "removalsToCountry"; country: string; paused: boolean }
  | { kind: "portPlaces"; port: PortId; places: number; from: string };

export async function recordPolicyChange(
  trx: Db,
  change: RecordedChange & {
    effectiveAt: Date;
    citation: string;
    reason: string;
    actor: string;
    recordedAt: Date;
  },
): Promise<string> {
  const { kind, effectiveAt, citation, reason, actor, recordedAt, ...data } = change;
  const row = await trx
    .insertInto("policy_changes")
    .values({
      kind,
      effective_at: effectiveAt,
      data: JSON.stringify(data),
      citation,
      reason,
      actor,
      recorded_at: recordedAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every recorded change, in the order they take effect (and, at one instant, were made). */
export async function recordedChanges(db: Db) {
  return db
    .selectFrom("policy_changes")
    .selectAll()
    .orderBy("effective_at")
    .orderBy("recorded_at")
    .execute();
}

/** The recorded changes as the engine reads policy: dated changes beside the built-in log. */
export async function recordedPolicyLog(db: Db): Promise<PolicyChange[]> {
  const rows = await recordedChanges(db);
  return rows.map((row) => {
    const base = {
      id: row.id,
      effectiveAt: row.effective_at.toISOString(),
      citation: row.citation,
      note: row.reason,
    };
    const data = row.data as Record<string, unknown>;
    return row.kind === "removalsToCountry"
      ? { ...base, kind: row.kind, country: String(data.country), paused: data.paused === true }
      : {
          ...base,
          kind: row.kind,
          port: data.port as PortId,
          places: Number(data.places),
          from: String(data.from),
        };
  });
}
