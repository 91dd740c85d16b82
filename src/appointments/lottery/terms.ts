/**
 * The round's terms and the receipts, as statements Haven signs: their canonical JSON (RFC 8785)
 * is what is signed and hashed (docs/lottery.md, "Draw terms" and "Receipts"). Pure: the edges
 * sign; this module only says what the signed text is.
 */
import canonicalize from "canonicalize";
import { byteOrder, hex, sha256, utf8 } from "./encoding.ts";
import {
  type Commitment,
  type DrawTerms,
  LotteryInputError,
  type LotteryParameters,
  type PortCapacity,
  type Receipt,
} from "./types.ts";

export const termsStatement = "haven-lottery/v2/terms";
export const receiptStatement = "haven-lottery/v2/receipt";

/** The RFC 8785 canonical JSON of a statement: the exact text that is signed. */
export function canonicalText(statement: DrawTerms | Receipt): string {
  const text = canonicalize(statement);
  if (text === undefined) throw new LotteryInputError("the statement cannot be put in JSON");
  return text;
}

/** SHA-256 of the terms' canonical JSON (UTF-8), as lowercase hex. */
export function termsHash(terms: DrawTerms): string {
  return hex(sha256(utf8(canonicalText(terms))));
}

export interface TermsInput {
  day: string;
  round: number;
  operator: string;
  commitments: readonly Commitment[];
  capacities: readonly PortCapacity[];
  parameters: LotteryParameters;
  requestsDigest: string;
  requestCount: number;
  frozenAt: string;
  revealsUntil: string;
}

/** The terms of a round, with the commitments sorted by party and nothing else reordered. */
export function drawTerms(input: TermsInput): DrawTerms {
  return {
    statement: termsStatement,
    day: input.day,
    round: input.round,
    operator: input.operator,
    commitments: [...input.commitments]
      .map(({ party, commitment }) => ({ party, commitment }))
      .sort((a, b) => byteOrder(a.party, b.party)),
    capacities: input.capacities.map(({ port, places }) => ({ port, places })),
    parameters: {
      longestWaitingSharePercent: input.parameters.longestWaitingSharePercent,
      waitingThresholdDays: input.parameters.waitingThresholdDays,
    },
    requestsDigest: input.requestsDigest,
    requestCount: input.requestCount,
    frozenAt: input.frozenAt,
    revealsUntil: input.revealsUntil,
  };
}

/** The receipt for a commitment, given when it was taken. */
export function commitmentReceipt(input: {
  day: string;
  round: number;
  party: string;
  commitment: string;
  receivedAt: string;
}): Receipt {
  const { day, round, party, commitment, receivedAt } = input;
  const reveal = null;
  return {
    statement: receiptStatement,
    day,
    round,
    party,
    commitment,
    reveal,
    termsHash: null,
    receivedAt,
  };
}

/** The receipt for a reveal, given when it was taken: it names the terms then in force. */
export function revealReceipt(input: {
  day: string;
  round: number;
  party: string;
  commitment: string;
  seed: string;
  termsHash: string;
  receivedAt: string;
}): Receipt {
  const { day, round, party, commitment, seed, termsHash, receivedAt } = input;
  return {
    statement: receiptStatement,
    day,
    round,
    party,
    commitment,
    reveal: seed,
    termsHash,
    receivedAt,
  };
}
