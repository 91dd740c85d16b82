/**
 * Commit–reveal: each party commits to a secret seed before the window closes and reveals it after;
 * the final seed combines every matching reveal (docs/lottery.md, "Commitments" and "Final seed").
 */
import {
  byteOrder,
  concat,
  hex,
  isHex32,
  isPrintableName,
  lp,
  lps,
  seedBytes,
  sha256,
  u32be,
} from "./encoding.ts";
import { type Commitment, LotteryInputError, type Reveal } from "./types.ts";

const commitTag = "haven-lottery/v2/commit";
const finalSeedTag = "haven-lottery/v2/final-seed";
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Whose seed and for which draw: a commitment cannot be copied to another party, day or round. */
export interface CommitBinding {
  date: string;
  round: number;
  party: string;
}

/** Which draw a reveal is for: its day and round. */
export interface DrawOf {
  date: string;
  round: number;
}

export function isRound(round: unknown): round is number {
  return typeof round === "number" && Number.isInteger(round) && round >= 1 && round <= 0xffffffff;
}

function checkBinding({ date, round, party }: CommitBinding): void {
  if (!isoDay.test(date)) throw new LotteryInputError("date must be YYYY-MM-DD");
  if (!isRound(round)) throw new LotteryInputError("round must be a whole number from 1");
  if (!isPrintableName(party)) {
    throw new LotteryInputError("party must be 1–64 printable ASCII characters");
  }
}

/**
 * SHA-256( lp("haven-lottery/v2/commit") ‖ lp(date) ‖ u32be(round) ‖ lp(party) ‖ lp(seed bytes) ),
 * as lowercase hex. The seed is 32 random bytes (64 hex digits), so the commitment hides it.
 */
export function commit(seed: string, binding: CommitBinding): string {
  checkBinding(binding);
  const bytes = seedBytes(seed);
  return hex(
    sha256(
      concat([
        lps(commitTag),
        lps(binding.date),
        u32be(binding.round),
        lps(binding.party),
        lp(bytes),
      ]),
    ),
  );
}

/** True when the revealed seed is the one the party committed to for this day and round. */
export function verifyReveal(commitment: Commitment, reveal: Reveal, of: DrawOf): boolean {
  if (commitment.party !== reveal.party || !isHex32(reveal.seed)) return false;
  if (!isHex32(commitment.commitment)) return false;
  try {
    const binding = { date: of.date, round: of.round, party: reveal.party };
    return commit(reveal.seed, binding) === commitment.commitment;
  } catch {
    return false;
  }
}

/**
 * The final seed: SHA-256( lp("haven-lottery/v2/final-seed") ‖ lp(termsHash bytes) ‖ u32be(count)
 * ‖ for each reveal, sorted by party (bytes): lp(party) ‖ lp(seed bytes) ). Order-independent and
 * unambiguous; every seed changes it, so one honest unpredictable seed makes it unpredictable; and
 * it is bound to the round's signed terms, so other places, parameters or requests give another.
 */
export function combineSeeds(termsHash: string, reveals: readonly Reveal[]): string {
  if (reveals.length === 0) throw new LotteryInputError("at least one revealed seed is needed");
  const terms = seedBytes(termsHash, "termsHash");
  const sorted = [...reveals].sort((a, b) => byteOrder(a.party, b.party));
  const parts: Uint8Array[] = [lps(finalSeedTag), lp(terms), u32be(sorted.length)];
  sorted.forEach((reveal, index) => {
    if (!isPrintableName(reveal.party)) throw new LotteryInputError("bad party name");
    if (index > 0 && sorted[index - 1]?.party === reveal.party) {
      throw new LotteryInputError(`party ${reveal.party} revealed twice`);
    }
    parts.push(lps(reveal.party), lp(seedBytes(reveal.seed)));
  });
  return hex(sha256(concat(parts)));
}
