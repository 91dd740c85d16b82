import { type Kysely, sql } from "kysely";
import type { Database } from "../database/schema.ts";
import type { Signer } from "../keys/signing.ts";
import { chainedFields, entryHash, GENESIS_HASH, SEQUENCER_LOCK } from "./chain.ts";
import { makeCheckpoint } from "./checkpoints.ts";
import { chainHead } from "./head.ts";

/**
 * Chains entries that writers have committed but nobody has sequenced yet, in batches, the way
 * Certificate Transparency logs sequence entries: a position and a hash, given once. Returns how
 * many entries it chained.
 */
export async function sequencePending(db: Kysely<Database>, batchSize = 2000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`.execute(trx);
    const pending = await trx
      .selectFrom("audit_log")
      .select(["id", "at", "actor", "action", "subject_type", "subject_id", "details"])
      .where("seq", "is", null)
      .orderBy("id")
      .limit(batchSize)
      .execute();
    if (pending.length === 0) return 0;

    const head = await chainHead(trx);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;

    const ids: number[] = [];
    const seqs: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      seq += 1;
      const hash = entryHash(prevHash, chainedFields(seq, row));
      ids.push(row.id);
      seqs.push(seq);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await sql`
      update audit_log as a
         set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        from unnest(${ids}::bigint[], ${seqs}::bigint[], ${prevHashes}::text[], ${hashes}::text[])
             as v(id, seq, prev_hash, hash)
       where a.id = v.id`.execute(trx);
    return pending.length;
  });
}

/** Chains everything pending now, batch after batch. */
export async function sequenceAll(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (let chained = await sequencePending(db); chained > 0; chained = await sequencePending(db)) {
    total += chained;
  }
  return total;
}

/** How the sequencer signs checkpoints of the head it advanced (config AUDIT_CHECKPOINT_MINUTES). */
export interface CheckpointSettings {
  signer: Signer;
  clock: () => Date;
  /** The least time between two checkpoints; 0 signs every head the chain reaches. */
  everyMs: number;
}

/**
 * Runs the sequencer every `intervalMs` until stopped; stopping chains what is left. With
 * `checkpoints`, a head this process advanced (or found at start) is signed once the last
 * checkpoint is old enough; the database is asked no more than once per `everyMs` for that.
 */
export function startSequencer(
  db: Kysely<Database>,
  intervalMs: number,
  onError: (error: unknown) => void,
  checkpoints?: CheckpointSettings,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let unsigned = true;
  let triedAt = Number.NEGATIVE_INFINITY;
  const signHead = async () => {
    if (!checkpoints || !unsigned) return;
    const now = checkpoints.clock();
    if (now.getTime() - triedAt < checkpoints.everyMs) return;
    triedAt = now.getTime();
    const outcome = await makeCheckpoint(db, checkpoints.signer, now, checkpoints.everyMs);
    if (!("skipped" in outcome && outcome.skipped === "too soon")) unsigned = false;
  };
  const tick = async () => {
    if ((await sequenceAll(db)) > 0) unsigned = true;
    await signHead();
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await sequenceAll(db).catch(onError);
    },
  };
}
