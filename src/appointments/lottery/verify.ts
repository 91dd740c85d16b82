/**
 * Recomputes a published draw from the record alone and names every way it differs
 * (docs/lottery.md, "Verifying a draw").
 */
import { combineSeeds } from "./commitments.ts";
import { draw } from "./draw.ts";
import { byteOrder } from "./encoding.ts";
import { checkReveals, requestsDigest } from "./publish.ts";
import { publishedDrawSchema } from "./schema.ts";
import { type AllocationEntry, LotteryInputError, type PublishedDraw } from "./types.ts";

export type MismatchCode =
  | "format"
  | "commitments"
  | "reveal-mismatch"
  | "unrevealed"
  | "status"
  | "final-seed"
  | "requests-order"
  | "requests-digest"
  | "input"
  | "allocation";

export interface Mismatch {
  code: MismatchCode;
  message: string;
}

export interface Verification {
  ok: boolean;
  mismatches: Mismatch[];
}

function sameEntry(a: AllocationEntry | undefined, b: AllocationEntry | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.requestId === b.requestId &&
    a.port === b.port &&
    a.slot === b.slot &&
    a.phase === b.phase
  );
}

function compareAllocations(
  published: readonly AllocationEntry[],
  recomputed: readonly AllocationEntry[],
): Mismatch[] {
  const length = Math.max(published.length, recomputed.length);
  const differing: number[] = [];
  for (let at = 0; at < length; at += 1) {
    if (!sameEntry(published[at], recomputed[at])) differing.push(at);
  }
  if (differing.length === 0) return [];
  const first = differing[0]!;
  const shown = (entry: AllocationEntry | undefined) =>
    entry ? `${entry.requestId} → ${entry.port} slot ${entry.slot} (${entry.phase})` : "nothing";
  return [
    {
      code: "allocation",
      message: `${differing.length} allocation entries differ (published ${published.length}, recomputed ${recomputed.length}); first at #${first}: published ${shown(published[first])}, recomputed ${shown(recomputed[first])}`,
    },
  ];
}

function checkRecord(record: PublishedDraw): { mismatches: Mismatch[]; finalSeed: string } {
  const mismatches: Mismatch[] = [];
  const parties = record.commitments.map((commitment) => commitment.party);
  if (new Set(parties).size !== parties.length) {
    mismatches.push({ code: "commitments", message: "a party has two commitments" });
  }
  if (!parties.includes(record.operator)) {
    mismatches.push({
      code: "commitments",
      message: `the operator ${record.operator} has no commitment`,
    });
  }
  const { matching, unrevealed } = checkReveals(record.date, record.commitments, record.reveals);
  const good = new Set(matching.map((reveal) => `${reveal.party}\n${reveal.seed}`));
  for (const reveal of record.reveals) {
    if (!good.has(`${reveal.party}\n${reveal.seed}`)) {
      mismatches.push({
        code: "reveal-mismatch",
        message: `the seed revealed for ${reveal.party} does not match its commitment`,
      });
    }
  }
  if (new Set(record.reveals.map((reveal) => reveal.party)).size !== record.reveals.length) {
    mismatches.push({ code: "reveal-mismatch", message: "a party has two reveals" });
  }
  if (JSON.stringify([...record.unrevealed].sort(byteOrder)) !== JSON.stringify(unrevealed)) {
    mismatches.push({
      code: "unrevealed",
      message: `the parties without a matching reveal are [${unrevealed.join(", ")}], the record says [${record.unrevealed.join(", ")}]`,
    });
  }
  const drawn = matching.some((reveal) => reveal.party === record.operator);
  if (record.status !== (drawn ? "drawn" : "void")) {
    mismatches.push({
      code: "status",
      message: `the operator's seed ${drawn ? "matches" : "is not revealed"}, so the draw is ${drawn ? "drawn" : "void"}, not ${record.status}`,
    });
  }
  const expectedSeed = drawn ? combineSeeds(matching) : "";
  if (record.finalSeed !== expectedSeed) {
    mismatches.push({
      code: "final-seed",
      message: `the final seed of the matching reveals is ${expectedSeed || "none"}, the record says ${record.finalSeed || "none"}`,
    });
  }
  for (let at = 1; at < record.requests.length; at += 1) {
    if (byteOrder(record.requests[at - 1]!.id, record.requests[at]!.id) >= 0) {
      mismatches.push({
        code: "requests-order",
        message: `requests #${at - 1} and #${at} are not in strictly increasing id order`,
      });
      break;
    }
  }
  if (requestsDigest(record.requests) !== record.requestsDigest) {
    mismatches.push({
      code: "requests-digest",
      message: "the request list does not match requestsDigest",
    });
  }
  return { mismatches, finalSeed: expectedSeed };
}

/** Checks a published record (parsed JSON) against the rules and recomputes its allocation. */
export function verifyDraw(published: unknown): Verification {
  const parsed = publishedDrawSchema.safeParse(published);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      mismatches: [
        {
          code: "format",
          message: `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
        },
      ],
    };
  }
  const record = parsed.data;
  const { mismatches, finalSeed } = checkRecord(record);
  let recomputed: AllocationEntry[] = [];
  if (finalSeed !== "") {
    try {
      recomputed = draw({
        finalSeed,
        capacities: record.capacities,
        parameters: record.parameters,
        requests: record.requests,
      });
    } catch (error) {
      if (!(error instanceof LotteryInputError)) throw error;
      mismatches.push({ code: "input", message: error.message });
    }
  }
  mismatches.push(...compareAllocations(record.allocation, recomputed));
  return { ok: mismatches.length === 0, mismatches };
}
