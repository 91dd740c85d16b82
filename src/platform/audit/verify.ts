import type { Kysely } from "kysely";
import type { Database } from "../database/schema.ts";
import { chainedFields, entryHash, GENESIS_HASH } from "./chain.ts";

export interface ChainBreak {
  seq: number;
  id: number;
  problem: "hash does not match the row" | "prev_hash does not match the entry before" | "gap";
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** Entries written but not chained yet: not an error, the sequencer is behind. */
  unsequenced: number;
  breaks: ChainBreak[];
  headHash: string;
  /**
   * The hash the chain recomputed from the genesis has at each sequence asked for (`hashesAt`)
   * that it reaches: what a checkpoint of that sequence must say.
   */
  recomputedAt: Map<number, string>;
}

/** Walks the whole chain in order and names every row whose content or link does not hold. */
export async function verifyAuditChain(
  db: Kysely<Database>,
  options: { pageSize?: number; hashesAt?: ReadonlySet<number> } = {},
): Promise<VerifyResult> {
  const pageSize = options.pageSize ?? 5000;
  const breaks: ChainBreak[] = [];
  const recomputedAt = new Map<number, string>();
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  // The chain as recomputed from the genesis alone, whatever the stored links say.
  let running = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    for (const row of page) {
      const seq = row.seq as number;
      if (seq !== expectedSeq) breaks.push({ seq, id: row.id, problem: "gap" });
      if (row.prev_hash !== prevHash) {
        breaks.push({ seq, id: row.id, problem: "prev_hash does not match the entry before" });
      }
      const fields = chainedFields(seq, row);
      const recomputed = entryHash(row.prev_hash ?? "", fields);
      if (recomputed !== row.hash) {
        breaks.push({ seq, id: row.id, problem: "hash does not match the row" });
      }
      running = row.prev_hash === running ? recomputed : entryHash(running, fields);
      if (options.hashesAt?.has(seq)) recomputedAt.set(seq, running);
      prevHash = row.hash ?? "";
      expectedSeq = seq + 1;
      checked += 1;
    }
  }
  const { count } = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("seq", "is", null)
    .executeTakeFirstOrThrow();
  return {
    ok: breaks.length === 0,
    checked,
    unsequenced: Number(count),
    breaks,
    headHash: prevHash,
    recomputedAt,
  };
}
