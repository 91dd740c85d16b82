/**
 * Recomputes a published draw from the record (and the receipts a verifier kept) and names every
 * way it differs (docs/lottery.md, "Verifying a draw").
 */
import { combineSeeds } from "./commitments.ts";
import { draw } from "./draw.ts";
import { byteOrder } from "./encoding.ts";
import type { Mismatch, Verification } from "./mismatch.ts";
import { checkReveals, requestsDigest } from "./publish.ts";
import { publishedDrawSchema } from "./schema.ts";
import {
  type AllocationEntry,
  LotteryInputError,
  type PublishedDraw,
  type SignatureCheck,
} from "./types.ts";
import {
  checkHeldReceipts,
  checkHeldTerms,
  checkListedReceipts,
  checkTerms,
} from "./verifyTerms.ts";

export type { Mismatch, MismatchCode, Verification } from "./mismatch.ts";

/** What a verifier may bring besides the record. */
export interface VerifyOptions {
  /** Receipts it kept (its own, or copies of those published on receipt), as JSON. */
  receipts?: readonly unknown[];
  /** The round's signed terms as the verifier fetched them when they were published, as JSON. */
  terms?: unknown;
  /** Checks Haven's signatures (e.g. with the key from GET /api/keys/signing); none: unchecked. */
  checkSignature?: SignatureCheck;
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
  const of = { date: record.date, round: record.round };
  const { matching, unrevealed } = checkReveals(of, record.commitments, record.reveals);
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
  let expectedSeed = "";
  try {
    expectedSeed = drawn ? combineSeeds(record.termsHash, matching) : "";
  } catch (error) {
    if (!(error instanceof LotteryInputError)) throw error;
    mismatches.push({ code: "input", message: error.message });
  }
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

/**
 * Checks a published record (parsed JSON) against the rules and its signed terms, recomputes its
 * allocation, and holds the receipts a verifier kept against it.
 */
export function verifyDraw(published: unknown, options: VerifyOptions = {}): Verification {
  const { checkSignature } = options;
  const signaturesChecked = checkSignature !== undefined;
  const parsed = publishedDrawSchema.safeParse(published);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      signaturesChecked,
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
  mismatches.push(...checkTerms(record, checkSignature));
  mismatches.push(...checkListedReceipts(record, checkSignature));
  mismatches.push(...checkHeldReceipts(record, options.receipts ?? [], checkSignature));
  if (options.terms !== undefined) {
    mismatches.push(...checkHeldTerms(record, options.terms, checkSignature));
  }
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
  return { ok: mismatches.length === 0, mismatches, signaturesChecked };
}
