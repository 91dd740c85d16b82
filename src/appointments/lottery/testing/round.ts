/**
 * A round as the server makes one, for tests: commitments with their receipts, the signed terms,
 * reveals with their receipts. The signing is handed in (the pure core signs nothing itself).
 */
import { commit } from "../commitments.ts";
import { canonicalRequests, type DrawDay, requestsDigest } from "../publish.ts";
import { canonicalText, commitmentReceipt, drawTerms, revealReceipt, termsHash } from "../terms.ts";
import type {
  DrawTerms,
  LotteryParameters,
  LotteryRequest,
  PortCapacity,
  Receipt,
  Signed,
} from "../types.ts";

export interface TestSigner {
  keyId: string;
  sign: (message: string) => string;
}

export function signWith(signer: TestSigner) {
  return <T extends DrawTerms | Receipt>(statement: T): Signed<T> => ({
    signed: statement,
    keyId: signer.keyId,
    signature: signer.sign(canonicalText(statement)),
  });
}

export interface TestRoundInput {
  date: string;
  round: number;
  operator: string;
  /** Every party that commits, with its seed. */
  seeds: Record<string, string>;
  /** The parties whose reveal is received (observers get a receipt; the operator reveals at the draw). */
  revealing: readonly string[];
  capacities: PortCapacity[];
  parameters: LotteryParameters;
  requests: readonly LotteryRequest[];
  signer: TestSigner;
}

/** The draw day of a round: terms fixed at 23:00 UTC, reveals at 23:10, the deadline 23:30. */
export function testRound(input: TestRoundInput): DrawDay {
  const sign = signWith(input.signer);
  const { date, round, operator } = input;
  const commitments = Object.entries(input.seeds).map(([party, seed]) => ({
    party,
    commitment: commit(seed, { date, round, party }),
  }));
  const commitmentOf = (party: string) =>
    commitments.find((c) => c.party === party)?.commitment ?? "";
  const observers = commitments.filter((c) => c.party !== operator);
  const requests = canonicalRequests(input.requests);
  const terms = drawTerms({
    day: date,
    round,
    operator,
    commitments,
    capacities: input.capacities,
    parameters: input.parameters,
    requestsDigest: requestsDigest(requests),
    requestCount: requests.length,
    frozenAt: `${date}T23:00:00.000Z`,
    revealsUntil: `${date}T23:30:00.000Z`,
  });
  const hash = termsHash(terms);
  const receipts = [
    ...observers.map(({ party, commitment }) =>
      sign(
        commitmentReceipt({
          day: date,
          round,
          party,
          commitment,
          receivedAt: `${date}T12:00:00.000Z`,
        }),
      ),
    ),
    ...input.revealing
      .filter((party) => party !== operator)
      .map((party) =>
        sign(
          revealReceipt({
            day: date,
            round,
            party,
            commitment: commitmentOf(party),
            seed: input.seeds[party] ?? "",
            termsHash: hash,
            receivedAt: `${date}T23:10:00.000Z`,
          }),
        ),
      ),
  ];
  return {
    terms: sign(terms),
    reveals: input.revealing.map((party) => ({ party, seed: input.seeds[party] ?? "" })),
    requests,
    receipts,
  };
}
