/**
 * The canonical order of a phase's list (requests sorted by id, bytewise), read lazily: a counting
 * sort by the first few characters, and each bucket sorted only when a position in it is read.
 * A draw reads a few thousand positions of a million, so it never pays for a full sort.
 */
import { byteOrder } from "./encoding.ts";
import { LotteryInputError } from "./types.ts";

const maxDepth = 6;
const maxBuckets = 1 << 22;

/**
 * How to bucket: the characters seen in the first positions, ranked 1… in byte order (0 is "no
 * character", which sorts first), and enough positions for a few ids per bucket (sorting a handful is cheap; fewer buckets stay in cache).
 */
function bucketing(ids: readonly string[], members: Uint32Array) {
  const seen = new Uint8Array(128);
  for (const r of members) {
    const id = ids[r]!;
    for (let at = 0; at < maxDepth && at < id.length; at += 1) seen[id.charCodeAt(at) & 127] = 1;
  }
  const rank = new Uint8Array(128);
  let base = 1;
  for (let code = 0; code < 128; code += 1) if (seen[code]) rank[code] = base++;
  let depth = 1;
  while (
    depth < maxDepth &&
    base ** depth * 16 < members.length &&
    base ** (depth + 1) <= maxBuckets
  ) {
    depth += 1;
  }
  return { rank, base, depth, count: base ** depth };
}

export class CanonicalOrder {
  private readonly ordered: Uint32Array;
  private readonly start: Uint32Array;
  private readonly sorted: Uint8Array;
  private readonly buckets: number;

  /** `members` are indices into `ids`; position k of the order is the k-th smallest member id. */
  constructor(
    private readonly ids: readonly string[],
    members: Uint32Array,
  ) {
    const { rank, base, depth, count: bucketCount } = bucketing(ids, members);
    const start = new Uint32Array(bucketCount + 1);
    const codes = new Uint32Array(members.length);
    for (let k = 0; k < members.length; k += 1) {
      const id = ids[members[k]!]!;
      let code = 0;
      for (let at = 0; at < depth; at += 1) {
        code = code * base + (at < id.length ? rank[id.charCodeAt(at) & 127]! : 0);
      }
      codes[k] = code;
      start[code + 1]! += 1;
    }
    for (let b = 0; b < bucketCount; b += 1) start[b + 1]! += start[b]!;
    const cursor = start.slice(0, bucketCount);
    const ordered = new Uint32Array(members.length);
    for (let k = 0; k < members.length; k += 1) {
      const code = codes[k]!;
      ordered[cursor[code]!] = members[k]!;
      cursor[code]! += 1;
    }
    this.ordered = ordered;
    this.start = start;
    this.sorted = new Uint8Array(bucketCount);
    this.buckets = bucketCount;
  }

  get length(): number {
    return this.ordered.length;
  }

  /** The member at canonical position `pos`. */
  at(pos: number): number {
    const bucket = this.bucketAt(pos);
    if (this.sorted[bucket] === 0) this.sortBucket(bucket);
    return this.ordered[pos]!;
  }

  /** The largest bucket whose start is at or before `pos`: the non-empty bucket holding it. */
  private bucketAt(pos: number): number {
    let low = 0;
    let high = this.buckets - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.start[mid]! <= pos) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private sortBucket(bucket: number): void {
    const from = this.start[bucket]!;
    const to = this.start[bucket + 1]!;
    const part = Array.from(this.ordered.subarray(from, to));
    part.sort((a, b) => byteOrder(this.ids[a]!, this.ids[b]!));
    for (let k = 1; k < part.length; k += 1) {
      if (this.ids[part[k]!] === this.ids[part[k - 1]!]) {
        throw new LotteryInputError(`request id ${this.ids[part[k]!]} appears twice`);
      }
    }
    this.ordered.set(part, from);
    this.sorted[bucket] = 1;
  }
}
