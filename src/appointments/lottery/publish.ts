/** Builds the published record of a day's draw from the commitments, reveals and requests. */
import { combineSeeds, verifyReveal } from "./commitments.ts";
import { draw } from "./draw.ts";
import { byteOrder, hex, lps, sha256, u32be } from "./encoding.ts";
import {
  type Commitment,
  LotteryInputError,
  type LotteryParameters,
  type LotteryRequest,
  lotteryFormat,
  type PortCapacity,
  type PublishedDraw,
  type Reveal,
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
  date: string,
  commitments: readonly Commitment[],
  reveals: readonly Reveal[],
): { matching: Reveal[]; unrevealed: string[] } {
  const matching: Reveal[] = [];
  for (const commitment of commitments) {
    const reveal = reveals.find(
      (candidate) =>
        candidate.party === commitment.party && verifyReveal(commitment, candidate, date),
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

export interface DrawDay {
  date: string;
  operator: string;
  parameters: LotteryParameters;
  capacities: PortCapacity[];
  commitments: Commitment[];
  /** Everything received by the deadline; a seed that does not match its commitment is left out. */
  reveals: Reveal[];
  requests: readonly LotteryRequest[];
  /** The digest published when the window closed; the list must still match it. */
  requestsDigest?: string;
}

/** Runs the draw when the operator's seed matches its commitment; otherwise the day is void. */
export function publishDraw(day: DrawDay): PublishedDraw {
  const parties = day.commitments.map((commitment) => commitment.party);
  if (new Set(parties).size !== parties.length) {
    throw new LotteryInputError("a party committed twice");
  }
  if (!parties.includes(day.operator)) throw new LotteryInputError("the operator did not commit");
  const { matching, unrevealed } = checkReveals(day.date, day.commitments, day.reveals);
  const requests = canonicalRequests(day.requests);
  const digest = requestsDigest(requests);
  if (day.requestsDigest !== undefined && day.requestsDigest !== digest) {
    throw new LotteryInputError(
      "the request list differs from the one fixed at the window's close",
    );
  }
  const drawn = matching.some((reveal) => reveal.party === day.operator);
  const finalSeed = drawn ? combineSeeds(matching) : "";
  return {
    format: lotteryFormat,
    date: day.date,
    parameters: { ...day.parameters },
    capacities: day.capacities.map((capacity) => ({ ...capacity })),
    operator: day.operator,
    commitments: day.commitments.map((commitment) => ({ ...commitment })),
    reveals: [...matching].sort((a, b) => byteOrder(a.party, b.party)),
    unrevealed,
    status: drawn ? "drawn" : "void",
    finalSeed,
    requestsDigest: digest,
    requests,
    allocation: drawn
      ? draw({ finalSeed, capacities: day.capacities, parameters: day.parameters, requests })
      : [],
  };
}
