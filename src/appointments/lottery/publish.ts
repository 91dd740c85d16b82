/** Builds the published record of a round's draw from its signed terms, the reveals and requests. */
import { combineSeeds, type DrawOf, verifyReveal } from "./commitments.ts";
import { draw } from "./draw.ts";
import { byteOrder, hex, lps, sha256, u32be } from "./encoding.ts";
import { termsHash } from "./terms.ts";
import {
  type Commitment,
  type DrawTerms,
  LotteryInputError,
  type LotteryRequest,
  lotteryFormat,
  type PublishedDraw,
  type Receipt,
  type Reveal,
  type Signed,
} from "./types.ts";

/**
 * SHA-256 over lp("haven-lottery/v1/requests") ‖ u32be(count) ‖ for each request in list order:
 * lp(id) ‖ u32be(groupSize) ‖ u32be(waitingDays) ‖ u32be(port count) ‖ lp(port) for each port.
 */
export function requestsDigest(requests: readonly LotteryRequest[]): string {
  const hash = sha256.create();
  hash.update(lps("haven-lottery/v1/requests"));
  hash.update(u32be(requests.length));
  for (const request of requests) {
    hash.update(lps(request.id));
    hash.update(u32be(request.groupSize));
    hash.update(u32be(request.waitingDays));
    hash.update(u32be(request.preferredPorts.length));
    for (const port of request.preferredPorts) hash.update(lps(port));
  }
  return hex(hash.digest());
}

/** The requests in canonical order (by id, bytewise): the order the record publishes. */
export function canonicalRequests(requests: readonly LotteryRequest[]): LotteryRequest[] {
  return [...requests].sort((a, b) => byteOrder(a.id, b.id));
}

/** The reveals that match a commitment (at most one per party), and the parties without one. */
export function checkReveals(
  of: DrawOf,
  commitments: readonly Commitment[],
  reveals: readonly Reveal[],
): { matching: Reveal[]; unrevealed: string[] } {
  const matching: Reveal[] = [];
  for (const commitment of commitments) {
    const reveal = reveals.find(
      (candidate) =>
        candidate.party === commitment.party && verifyReveal(commitment, candidate, of),
    );
    if (reveal) matching.push({ party: reveal.party, seed: reveal.seed });
  }
  const revealed = new Set(matching.map((reveal) => reveal.party));
  const unrevealed = commitments
    .map((commitment) => commitment.party)
    .filter((party) => !revealed.has(party))
    .sort(byteOrder);
  return { matching, unrevealed };
}

/** Receipts in the order they were issued: by time, then party, commitments before reveals. */
export function receiptOrder(a: Signed<Receipt>, b: Signed<Receipt>): number {
  const x = a.signed;
  const y = b.signed;
  if (x.receivedAt !== y.receivedAt) return x.receivedAt < y.receivedAt ? -1 : 1;
  if (x.party !== y.party) return byteOrder(x.party, y.party);
  return (x.reveal === null ? 0 : 1) - (y.reveal === null ? 0 : 1);
}

export interface DrawDay {
  /** The round's terms as signed when its commitments closed: the draw takes its inputs from them. */
  terms: Signed<DrawTerms>;
  /** Everything received by the deadline; a seed that does not match its commitment is left out. */
  reveals: Reveal[];
  /** The request list; it must be the one whose digest and count the terms fixed. */
  requests: readonly LotteryRequest[];
  /** Every receipt issued for the round. */
  receipts: readonly Signed<Receipt>[];
}

/**
 * Runs the draw on the signed terms when the operator's seed matches its commitment; otherwise
 * the round is void. The places, parameters and commitments are the terms'; nothing else is used.
 */
export function publishDraw(day: DrawDay): PublishedDraw {
  const terms = day.terms.signed;
  const parties = terms.commitments.map((commitment) => commitment.party);
  if (new Set(parties).size !== parties.length) {
    throw new LotteryInputError("a party committed twice");
  }
  if (!parties.includes(terms.operator)) {
    throw new LotteryInputError("the operator did not commit");
  }
  const of = { date: terms.day, round: terms.round };
  for (const { signed } of day.receipts) {
    if (signed.day !== of.date || signed.round !== of.round) {
      throw new LotteryInputError(
        `a receipt of ${signed.day} round ${signed.round} is not this draw's`,
      );
    }
  }
  const { matching, unrevealed } = checkReveals(of, terms.commitments, day.reveals);
  const requests = canonicalRequests(day.requests);
  if (requestsDigest(requests) !== terms.requestsDigest || requests.length !== terms.requestCount) {
    throw new LotteryInputError("the request list differs from the one the terms fixed");
  }
  const hash = termsHash(terms);
  const drawn = matching.some((reveal) => reveal.party === terms.operator);
  const finalSeed = drawn ? combineSeeds(hash, matching) : "";
  return {
    format: lotteryFormat,
    date: terms.day,
    round: terms.round,
    parameters: { ...terms.parameters },
    capacities: terms.capacities.map((capacity) => ({ ...capacity })),
    operator: terms.operator,
    commitments: terms.commitments.map((commitment) => ({ ...commitment })),
    reveals: [...matching].sort((a, b) => byteOrder(a.party, b.party)),
    unrevealed,
    status: drawn ? "drawn" : "void",
    finalSeed,
    requestsDigest: terms.requestsDigest,
    requests,
    allocation: drawn
      ? draw({ finalSeed, capacities: terms.capacities, parameters: terms.parameters, requests })
      : [],
    terms: day.terms,
    termsHash: hash,
    receipts: [...day.receipts].sort(receiptOrder),
  };
}
