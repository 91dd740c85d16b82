/**
 * Checks request ids in one pass, without a Set of a million strings: each id's characters are
 * checked (printable ASCII, 1–64) while an FNV-1a hash is computed, and the hashes go into an
 * open-addressing table; only ids with equal hashes are compared as strings.
 */
import { LotteryInputError } from "./types.ts";

function hashOf(id: string): number {
  if (id.length < 1 || id.length > 64) return -1;
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k += 1) {
    const code = id.charCodeAt(k);
    if (code < 0x21 || code > 0x7e) return -1;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** Throws LotteryInputError naming the first id that is malformed or appears twice. */
export function checkIds(ids: readonly unknown[]): asserts ids is readonly string[] {
  let capacity = 1024;
  while (capacity < ids.length * 2) capacity *= 2;
  const mask = capacity - 1;
  // Slot k holds (request index + 1, hash) at [2k, 2k + 1]: one cache line per probe; 0 is empty.
  const table = new Int32Array(capacity * 2);
  for (let r = 0; r < ids.length; r += 1) {
    const id = ids[r];
    const hash = typeof id === "string" ? hashOf(id) : -1;
    if (hash < 0) {
      throw new LotteryInputError(
        `request ${r}: an id must be 1–64 printable ASCII characters (0x21–0x7E)`,
      );
    }
    let at = hash & mask;
    for (;;) {
      const other = table[2 * at]!;
      if (other === 0) break;
      if (table[2 * at + 1] === (hash | 0) && ids[other - 1] === id) {
        throw new LotteryInputError(`request id ${id as string} appears twice`);
      }
      at = (at + 1) & mask;
    }
    table[2 * at] = r + 1;
    table[2 * at + 1] = hash | 0;
  }
}
