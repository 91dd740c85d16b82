/** The daily appointment lottery's published record and its parts (docs/lottery.md). */

/** The format tag of a published draw; a verifier refuses a record with another. */
export const lotteryFormat = "haven-lottery/v1";

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

/** The record published after the draw: enough for anyone to recompute it. */
export interface PublishedDraw {
  format: typeof lotteryFormat;
  /** The day whose places are drawn, YYYY-MM-DD. */
  date: string;
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
  /** combineSeeds(matching reveals); empty when void. */
  finalSeed: string;
  /** SHA-256 of the request list as published, fixed when the window closed. */
  requestsDigest: string;
  /** Sorted by id (which also hides the order of asking). */
  requests: LotteryRequest[];
  allocation: AllocationEntry[];
}

/** Input that breaks the record's rules: the draw refuses it rather than guess. */
export class LotteryInputError extends Error {
  override name = "LotteryInputError";
}
