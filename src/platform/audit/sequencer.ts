import { type Kysely, sql } from "kysely";
import type { Database } from "../database/schema.ts";
import { chainedFields, entryHash, GENESIS_HASH } from "./chain.ts";

// Any fixed number: the advisory lock that makes one sequencer at a time chain entries,
// however many server processes share the database.
const SEQUENCER_LOCK = 208_6;

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

    const head = await trx
      .selectFrom("audit_log")
      .select(["seq", "hash"])
      .where("seq", "is not", null)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
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

/** Runs the sequencer every `intervalMs` until stopped; stopping chains what is left. */
export function startSequencer(
  db: Kysely<Database>,
  intervalMs: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sequenceAll(db)).catch(onError);
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
