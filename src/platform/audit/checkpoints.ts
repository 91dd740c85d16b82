import canonicalize from "canonicalize";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../database/schema.ts";
import type { Signer } from "../keys/signing.ts";
import { SEQUENCER_LOCK } from "./chain.ts";
import { chainHead } from "./head.ts";
import "./tables.ts";

/**
 * A checkpoint: the audit chain's head (its last sequence and that entry's hash) at a time,
 * signed with Haven's key over the RFC 8785 canonical JSON of `{ sequence, headHash, at }`.
 * Outsiders mirror them (GET /api/audit/checkpoints); `haven audit verify --checkpoints` checks
 * the chain against a mirror, so a history rewritten in the database, hashes recomputed and all,
 * no longer matches what was published. A checkpoint holds no actor, subject or detail.
 */
export interface Checkpoint {
  sequence: number;
  headHash: string;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  keyId: string;
  /** Ed25519 over `signed`, base64url. */
  signature: string;
  /** The exact text signed: the canonical JSON of `{ sequence, headHash, at }`. */
  signed: string;
}

export const checkpointText = (c: { sequence: number; headHash: string; at: string }): string =>
  canonicalize({ sequence: c.sequence, headHash: c.headHash, at: c.at }) as string;

type Db = Kysely<Database> | Transaction<Database>;

const fromRow = (row: {
  sequence: number;
  head_hash: string;
  at: Date;
  key_id: string;
  signature: string;
}): Checkpoint => {
  const body = { sequence: row.sequence, headHash: row.head_hash, at: row.at.toISOString() };
  return { ...body, keyId: row.key_id, signature: row.signature, signed: checkpointText(body) };
};

export type CheckpointOutcome =
  | { made: Checkpoint }
  | { skipped: "empty chain" | "head already signed" | "too soon" };

/**
 * Signs the chain's head now, unless the chain is empty, its head has a checkpoint already, or the
 * last checkpoint is younger than `minIntervalMs`. Under the sequencer's lock, so the head read is
 * the head, whichever process does it; the primary key keeps one checkpoint per head regardless.
 */
export async function makeCheckpoint(
  db: Kysely<Database>,
  signer: Signer,
  now: Date,
  minIntervalMs: number,
): Promise<CheckpointOutcome> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`.execute(trx);
    const head = await chainHead(trx);
    if (!head?.seq || !head.hash) return { skipped: "empty chain" as const };
    const latest = await trx
      .selectFrom("audit_checkpoints")
      .select(["sequence", "at"])
      .orderBy("sequence", "desc")
      .limit(1)
      .executeTakeFirst();
    if (latest && latest.sequence >= head.seq) {
      return { skipped: "head already signed" as const };
    }
    if (latest && now.getTime() - latest.at.getTime() < minIntervalMs) {
      return { skipped: "too soon" as const };
    }
    const body = { sequence: head.seq, headHash: head.hash, at: now.toISOString() };
    const row = {
      sequence: body.sequence,
      head_hash: body.headHash,
      at: new Date(body.at),
      key_id: signer.keyId,
      signature: signer.sign(checkpointText(body)),
    };
    await trx.insertInto("audit_checkpoints").values(row).execute();
    return { made: fromRow(row) };
  });
}

/** Checkpoints after `after` (a sequence), oldest first, at most `limit`. */
export async function checkpointsAfter(db: Db, after: number, limit: number) {
  const rows = await db
    .selectFrom("audit_checkpoints")
    .selectAll()
    .where("sequence", ">", after)
    .orderBy("sequence")
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

/** Every checkpoint in the database, oldest first. */
export async function allCheckpoints(db: Db, pageSize = 1000): Promise<Checkpoint[]> {
  const all: Checkpoint[] = [];
  let page = await checkpointsAfter(db, 0, pageSize);
  while (page.length > 0) {
    all.push(...page);
    page = await checkpointsAfter(db, page.at(-1)?.sequence ?? 0, pageSize);
  }
  return all;
}
