import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { developmentKeyFile } from "./keyFile.ts";
import { seedFromText } from "./signing.ts";

/**
 * Secrets Haven must keep readable (TOTP secrets) are sealed at rest with AES-256-GCM under a key
 * from the environment (SECRETS_KEY), never kept in the database. The stored form is
 * `v1.<keyId>.<nonce>.<ciphertext+tag>` (base64url), a random 96-bit nonce each time. The
 * additional data binds the version, the key id and the record the secret belongs to (the
 * `context`), so a sealed value copied to another record does not open there.
 */
export interface SecretBox {
  /** The id of the key new values are sealed under. */
  keyId: string;
  seal: (plaintext: string, context: string) => string;
  /** The plaintext; throws SecretBoxError when the key is unknown or the value was altered. */
  open: (sealed: string, context: string) => string;
}

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

const VERSION = "v1";
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Whether a stored value is in the sealed form (anything else is a secret kept before it). */
export const isSealed = (stored: string): boolean => stored.startsWith(`${VERSION}.`);

/** The key id a sealed value names, or null for a value that is not sealed. */
export function sealedKeyId(stored: string): string | null {
  return isSealed(stored) ? (stored.split(".")[1] ?? null) : null;
}

/** 16 hex digits naming a key without revealing it (a hash with its own prefix, not the key's). */
export function secretKeyId(key: Uint8Array): string {
  return createHash("sha256")
    .update("haven secrets key id\n")
    .update(key)
    .digest("hex")
    .slice(0, 16);
}

const additionalData = (keyId: string, context: string) =>
  Buffer.from(`${VERSION}.${keyId}.${context}`, "utf8");

/** A box sealing under `current`, opening under it or any of `previous` (key rotation). */
export function secretBox(current: Uint8Array, previous: readonly Uint8Array[] = []): SecretBox {
  for (const key of [current, ...previous]) {
    if (key.length !== KEY_BYTES) throw new Error("a secrets key is 32 bytes");
  }
  const keyId = secretKeyId(current);
  const keys = new Map<string, Uint8Array>();
  for (const key of [...previous, current]) keys.set(secretKeyId(key), key);

  const seal = (plaintext: string, context: string): string => {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", current, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(keyId, context));
    const body = Buffer.concat([
      cipher.update(plaintext, "utf8"),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [VERSION, keyId, nonce.toString("base64url"), body.toString("base64url")].join(".");
  };

  const open = (sealed: string, context: string): string => {
    const [version, id, nonceText, bodyText, ...rest] = sealed.split(".");
    if (version !== VERSION || !id || !nonceText || !bodyText || rest.length > 0) {
      throw new SecretBoxError("the value is not a sealed secret");
    }
    const key = keys.get(id);
    if (!key) {
      throw new SecretBoxError(
        `sealed under key ${id}, which is neither SECRETS_KEY nor in SECRETS_KEY_PREVIOUS`,
      );
    }
    const nonce = Buffer.from(nonceText, "base64url");
    const body = Buffer.from(bodyText, "base64url");
    if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) {
      throw new SecretBoxError("the sealed value is truncated");
    }
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(id, context));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString("utf8");
    } catch {
      throw new SecretBoxError("the sealed value does not open: altered, or not this record's");
    }
  };

  return { keyId, seal, open };
}

/** A key of this process alone (tests, tools that keep no secret). */
export const ephemeralSecretBox = (): SecretBox => secretBox(randomBytes(KEY_BYTES));

/**
 * The box of a server: SECRETS_KEY when set (required in production, see config.ts), else in
 * development a key file in the data folder, made on first start; SECRETS_KEY_PREVIOUS still open.
 */
export async function loadSecretBox(
  key: string | null,
  previous: readonly string[],
  dataDir: string,
): Promise<SecretBox> {
  const older = previous.map((text, i) =>
    seedFromText(text, `SECRETS_KEY_PREVIOUS (key ${i + 1})`),
  );
  if (key) return secretBox(seedFromText(key, "SECRETS_KEY"), older);
  const { file, text } = await developmentKeyFile(dataDir, "secrets.key", KEY_BYTES);
  return secretBox(seedFromText(text, file), older);
}
