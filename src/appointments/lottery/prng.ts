/**
 * The draw's random numbers: SHA-256 in counter mode from the final seed, one named stream per
 * phase (docs/lottery.md, "Random numbers").
 */
import { concat, lps, seedBytes, sha256, u32be } from "./encoding.ts";

const twoTo32 = 2 ** 32;

export class SeedStream {
  private readonly prefix: Uint8Array;
  private counter = 0;
  private block: Uint8Array = new Uint8Array(0);
  private view: DataView = new DataView(this.block.buffer);
  private offset = 32;

  /** block k = SHA-256( finalSeed (32 bytes) ‖ lp(label) ‖ u32be(k) ), k = 0, 1, 2, … */
  constructor(finalSeed: string, label: string) {
    this.prefix = concat([seedBytes(finalSeed, "final seed"), lps(label)]);
  }

  /** The next 32-bit word: each block's bytes read as 8 big-endian unsigned integers, in order. */
  nextWord(): number {
    if (this.offset === 32) {
      this.block = sha256(concat([this.prefix, u32be(this.counter)]));
      this.view = new DataView(this.block.buffer, this.block.byteOffset, 32);
      this.counter += 1;
      this.offset = 0;
    }
    const word = this.view.getUint32(this.offset, false);
    this.offset += 4;
    return word;
  }

  /**
   * A uniform integer in [0, n), 1 ≤ n ≤ 2^32, by rejection: with limit = 2^32 − (2^32 mod n),
   * take words until one is below limit, and return it mod n. No modulo bias.
   */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > twoTo32) throw new RangeError(`bad bound ${n}`);
    const limit = twoTo32 - (twoTo32 % n);
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }
}
