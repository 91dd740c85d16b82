import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  verify,
} from "node:crypto";
import { developmentKeyFile } from "./keyFile.ts";

/**
 * Haven's signing key (Ed25519, node's own crypto): what Haven publishes for outsiders to keep
 * (audit checkpoints, lottery receipts) is signed with it, so a copy kept outside the database
 * proves what Haven said even if the database is later rewritten. The public key is published at
 * /api/keys/signing; docs/lottery.md and the README say how to check a signature.
 */
export interface Signer {
  /** The first 16 hex digits of SHA-256 of the raw public key: which key signed. */
  keyId: string;
  /** The raw 32-byte public key, base64url. */
  publicKey: string;
  /** The Ed25519 signature of the UTF-8 bytes of `message` (or the bytes given), base64url. */
  sign: (message: string | Uint8Array) => string;
}

/** PKCS #8 DER header of an Ed25519 private key, followed by its 32-byte seed (RFC 8410). */
const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
/** SPKI DER header of an Ed25519 public key, followed by its 32 raw bytes (RFC 8410). */
const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");
const SEED_BYTES = 32;

const bytesOf = (message: string | Uint8Array) =>
  typeof message === "string" ? Buffer.from(message, "utf8") : Buffer.from(message);

export function signerFromSeed(seed: Uint8Array): Signer {
  if (seed.length !== SEED_BYTES) throw new Error("an Ed25519 seed is 32 bytes");
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, Buffer.from(seed)]),
    format: "der",
    type: "pkcs8",
  });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  const raw = spki.subarray(SPKI_ED25519.length);
  return {
    keyId: createHash("sha256").update(raw).digest("hex").slice(0, 16),
    publicKey: raw.toString("base64url"),
    sign: (message) => sign(null, bytesOf(message), privateKey).toString("base64url"),
  };
}

/** A key of this process alone (tests, tools that sign nothing lasting). */
export const ephemeralSigner = (): Signer => signerFromSeed(randomBytes(SEED_BYTES));

/** Whether `signature` (base64url) is `publicKey`'s (raw, base64url) Ed25519 signature of `message`. */
export function verifySignature(
  publicKey: string,
  message: string | Uint8Array,
  signature: string,
): boolean {
  try {
    const raw = Buffer.from(publicKey, "base64url");
    if (raw.length !== 32) return false;
    const key = createPublicKey({
      key: Buffer.concat([SPKI_ED25519, raw]),
      format: "der",
      type: "spki",
    });
    return verify(null, bytesOf(message), key, Buffer.from(signature, "base64url"));
  } catch {
    return false;
  }
}

/** Reads a seed given as base64 or base64url (SIGNING_KEY); throws naming the variable. */
export function seedFromText(text: string, variable: string): Uint8Array {
  const seed = Buffer.from(text.trim(), "base64url");
  if (seed.length !== SEED_BYTES) {
    throw new Error(`Invalid configuration: ${variable} must be 32 bytes in base64`);
  }
  return seed;
}

/**
 * The signer of a server: SIGNING_KEY when set (required in production, see config.ts); in
 * development a key file in the data folder, made on first start, so signatures outlive restarts.
 */
export async function loadSigner(key: string | null, dataDir: string): Promise<Signer> {
  if (key) return signerFromSeed(seedFromText(key, "SIGNING_KEY"));
  const { file, text } = await developmentKeyFile(dataDir, "signing.key", SEED_BYTES);
  return signerFromSeed(seedFromText(text, file));
}
