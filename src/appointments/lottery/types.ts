/** The daily appointment lottery's published record and its parts (docs/lottery.md). */

/** The format tag of a published draw; a verifier refuses a record with another. */
export const lotteryFormat = "haven-lottery/v2";

/** One request of the window, as published: an anonymous id, never a name. */
export interface LotteryRequest {
  /** Printable ASCII (0x21–0x7E), 1–64 characters, unique in the window; random, e.g. 32 hex digits. */
  id: string;
  /** People travelling together; they get places at one port or none (1–20). */
  groupSize: number;
  /** Whole days since the person's first request, in any window (0 or more). */
  waitingDays: number;
  /** Ports in order of preference: the first one with room for the whole group is taken. */
  preferredPorts: string[];
}

/** Places at one port on the draw's day (policy data, given as input). */
export interface PortCapacity {
  port: string;
  places: number;
}

/** The rule's parameters, published with each draw. */
export interface LotteryParameters {
  /** Percent of each port's places drawn first among the longest-waiting (integer 0–100). */
  longestWaitingSharePercent: number;
  /** A request is longest-waiting when its waitingDays is at least this (integer ≥ 0). */
  waitingThresholdDays: number;
}

/** A party's commitment: lowercase hex SHA-256 (docs/lottery.md, "Commitments"). */
export interface Commitment {
  party: string;
  commitment: string;
}

/** A party's revealed seed: 32 bytes as 64 lowercase hex digits. */
export interface Reveal {
  party: string;
  seed: string;
}

/** The phase in which a request won its place. */
export type DrawPhase = "longest-waiting" | "general";

/** One group's places: `slot` is its first place at the port (0-based); it holds groupSize places. */
export interface AllocationEntry {
  requestId: string;
  port: string;
  slot: number;
  phase: DrawPhase;
}

/** Everything draw() needs: the same input always gives the same allocation. */
export interface DrawInput {
  finalSeed: string;
  capacities: readonly PortCapacity[];
  parameters: LotteryParameters;
  requests: readonly LotteryRequest[];
}

/**
 * What is fixed when a round's commitments close, before any seed is revealed: the ports' places,
 * the parameters, the commitments and the request list's digest. Signed by Haven and published
 * at once; its hash enters the final seed (docs/lottery.md, "Draw terms").
 */
export interface DrawTerms {
  statement: "haven-lottery/v2/terms";
  /** The request window's day, YYYY-MM-DD. */
  day: string;
  /** 1 for the day's first draw; a void round is followed by the next. */
  round: number;
  operator: string;
  /** Every commitment taken for the round, sorted by party (byte order). */
  commitments: Commitment[];
  capacities: PortCapacity[];
  parameters: LotteryParameters;
  requestsDigest: string;
  requestCount: number;
  /** When the terms were fixed (an instant, ISO 8601 in UTC). */
  frozenAt: string;
  /** Reveals are taken until this instant, and no later. */
  revealsUntil: string;
}

/**
 * A receipt for a commitment or a reveal, given to the party the moment it was accepted and
 * published at once; the party keeps it as proof of what Haven received and when.
 */
export interface Receipt {
  statement: "haven-lottery/v2/receipt";
  day: string;
  round: number;
  party: string;
  commitment: string;
  /** The revealed seed; null in a commitment's receipt. */
  reveal: string | null;
  /** The terms in force when the seed was revealed; null in a commitment's receipt. */
  termsHash: string | null;
  receivedAt: string;
}

/** A statement and Haven's Ed25519 signature of its RFC 8785 canonical JSON (base64url). */
export interface Signed<T> {
  signed: T;
  /** Which key signed: the first 16 hex digits of SHA-256 of the raw public key. */
  keyId: string;
  signature: string;
}

/** Whether `signature` is Haven's signature of `message` (the edges pass one in; pure code signs nothing). */
export type SignatureCheck = (message: string, signature: string, keyId: string) => boolean;

/** The record published after the draw: enough for anyone to recompute it. */
export interface PublishedDraw {
  format: typeof lotteryFormat;
  /** The day whose places are drawn, YYYY-MM-DD. */
  date: string;
  /** Which round of the day (bound into every commitment and, through the terms, the final seed). */
  round: number;
  parameters: LotteryParameters;
  capacities: PortCapacity[];
  /** The party whose missing reveal voids the draw (docs/lottery.md, "Withheld seeds"). */
  operator: string;
  commitments: Commitment[];
  /** The reveals that were received, each checked against its commitment. */
  reveals: Reveal[];
  /** Parties that committed and did not reveal a matching seed in time. */
  unrevealed: string[];
  /** "void" when the operator's seed was not revealed: nothing is allocated. */
  status: "drawn" | "void";
  /** combineSeeds(termsHash, matching reveals); empty when void. */
  finalSeed: string;
  /** SHA-256 of the request list as published, fixed when the window closed. */
  requestsDigest: string;
  /** Sorted by id (which also hides the order of asking). */
  requests: LotteryRequest[];
  allocation: AllocationEntry[];
  /** The round's terms as signed and published before any seed was revealed. */
  terms: Signed<DrawTerms>;
  /** SHA-256 of the terms' canonical JSON. */
  termsHash: string;
  /** Every receipt issued for the round, in the order received. */
  receipts: Signed<Receipt>[];
}

/** Input that breaks the record's rules: the draw refuses it rather than guess. */
export class LotteryInputError extends Error {
  override name = "LotteryInputError";
}
