/** Byte-level encodings shared by commitments, the seed combination, the PRNG and the digest. */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { LotteryInputError } from "./types.ts";

export { sha256 };

const printableAscii = /^[\x21-\x7e]{1,64}$/;
const hex32 = /^[0-9a-f]{64}$/;

/** True for an id or party name: printable ASCII, 1–64 characters (so UTF-16 order = byte order). */
export function isPrintableName(value: string): boolean {
  return printableAscii.test(value);
}

/** True for 32 bytes as 64 lowercase hex digits (seeds, commitments, digests). */
export function isHex32(value: string): boolean {
  return hex32.test(value);
}

export function seedBytes(seed: string, what = "seed"): Uint8Array {
  if (!isHex32(seed)) throw new LotteryInputError(`${what} must be 64 lowercase hex digits`);
  return hexToBytes(seed);
}

export function hex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

export function utf8(text: string): Uint8Array {
  return utf8ToBytes(text);
}

/** 4 bytes, big-endian. */
export function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, false);
  return out;
}

/** Length-prefixed: the byte length as 4 bytes big-endian, then the bytes. */
export function lp(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length, false);
  out.set(bytes, 4);
  return out;
}

/** Length-prefixed UTF-8 of a string. */
export function lps(text: string): Uint8Array {
  return lp(utf8(text));
}

/** Concatenates byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Compares two printable-ASCII strings as bytes (the only order the record uses). */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
