import { randomBytes } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import {
  isSealed,
  loadSecretBox,
  SecretBoxError,
  sealedKeyId,
  secretBox,
  secretKeyId,
} from "./secrets.ts";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const replaceAt = (text: string, index: number, char: string) =>
  text.slice(0, index) + char + text.slice(index + 1);

describe("the secret box (AES-256-GCM at rest)", () => {
  it("opens what it sealed, and seals the same secret differently each time", () => {
    const box = secretBox(randomBytes(32));
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (secret, account) => {
        const sealed = box.seal(secret, account);
        expect(isSealed(sealed)).toBe(true);
        expect(box.open(sealed, account)).toBe(secret);
      }),
      { numRuns: 50 },
    );
    const one = box.seal(SECRET, "a");
    const two = box.seal(SECRET, "a");
    expect(one).not.toBe(two);
    expect(one).not.toContain(SECRET);
    expect(one).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]{16}\.[\w-]+$/);
    expect(sealedKeyId(one)).toBe(box.keyId);
  });

  it("does not open under another key, and names a key it does not have", () => {
    const sealed = secretBox(randomBytes(32)).seal(SECRET, "a");
    expect(() => secretBox(randomBytes(32)).open(sealed, "a")).toThrow(
      /sealed under key [0-9a-f]{16}, which is neither SECRETS_KEY nor in SECRETS_KEY_PREVIOUS/,
    );
    // The same key id with another key (a forged prefix) fails authentication.
    const other = secretBox(randomBytes(32));
    const forged = sealed.replace(/^v1\.[0-9a-f]+\./, `v1.${other.keyId}.`);
    expect(() => other.open(forged, "a")).toThrow(SecretBoxError);
  });

  it("does not open a value moved to another record", () => {
    const box = secretBox(randomBytes(32));
    const sealed = box.seal(SECRET, "accounts.totp:11111111-1111-4111-8111-111111111111");
    expect(() => box.open(sealed, "accounts.totp:22222222-2222-4222-8222-222222222222")).toThrow(
      /does not open: altered, or not this record's/,
    );
  });

  it("does not open a value altered anywhere: nonce, ciphertext, tag, or truncated", () => {
    const box = secretBox(randomBytes(32));
    const sealed = box.seal(SECRET, "a");
    const [version, keyId, nonce, body] = sealed.split(".") as [string, string, string, string];
    const flip = (text: string, index: number) =>
      replaceAt(text, index, text[index] === "A" ? "B" : "A");
    const altered = [
      [version, keyId, flip(nonce, 3), body],
      [version, keyId, nonce, flip(body, 0)],
      [version, keyId, nonce, flip(body, body.length - 2)],
      [version, keyId, nonce, body.slice(0, -4)],
      [version, keyId, nonce, body.slice(0, 10)],
    ].map((parts) => parts.join("."));
    for (const value of altered) expect(() => box.open(value, "a")).toThrow(SecretBoxError);
    expect(() => box.open(`${sealed}.x`, "a")).toThrow(/not a sealed secret/);
    expect(() => box.open(SECRET, "a")).toThrow(/not a sealed secret/);
    expect(box.open(sealed, "a")).toBe(SECRET);
  });

  it("opens under a previous key while sealing under the current one (rotation)", () => {
    const old = randomBytes(32);
    const current = randomBytes(32);
    const sealedBefore = secretBox(old).seal(SECRET, "a");
    const rotating = secretBox(current, [old]);
    expect(rotating.keyId).toBe(secretKeyId(current));
    expect(rotating.open(sealedBefore, "a")).toBe(SECRET);
    expect(sealedKeyId(rotating.seal(SECRET, "a"))).toBe(secretKeyId(current));
    expect(() => secretBox(current).open(sealedBefore, "a")).toThrow(SecretBoxError);
  });

  it("takes SECRETS_KEY and SECRETS_KEY_PREVIOUS, or a key file in development", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "haven-secrets-"));
    try {
      const current = randomBytes(32);
      const old = randomBytes(32);
      const config = loadConfig({
        SECRETS_KEY: current.toString("base64"),
        SECRETS_KEY_PREVIOUS: ` ${old.toString("base64")} ,`,
        DATA_DIR: dir,
      });
      expect(config.previousSecretsKeys).toHaveLength(1);
      const box = await loadSecretBox(config.secretsKey, config.previousSecretsKeys, dir);
      expect(box.keyId).toBe(secretKeyId(current));
      expect(box.open(secretBox(old).seal(SECRET, "a"), "a")).toBe(SECRET);
      await expect(loadSecretBox("c2hvcnQ", [], dir)).rejects.toThrow(
        "Invalid configuration: SECRETS_KEY must be 32 bytes in base64",
      );
      await expect(loadSecretBox(null, ["c2hvcnQ"], dir)).rejects.toThrow(/SECRETS_KEY_PREVIOUS/);

      const made = await loadSecretBox(null, [], dir);
      const again = await loadSecretBox(null, [], dir);
      expect(again.keyId).toBe(made.keyId);
      expect(again.open(made.seal(SECRET, "a"), "a")).toBe(SECRET);
      expect((await stat(path.join(dir, "secrets.key"))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is required in production", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db/haven",
      SMTP_URL: "smtp://mail:25",
      PUBLIC_URL: "https://haven.example",
      SIGNING_KEY: randomBytes(32).toString("base64"),
    };
    expect(() => loadConfig(production)).toThrow(
      "Invalid configuration: SECRETS_KEY is required in production",
    );
    const config = loadConfig({ ...production, SECRETS_KEY: randomBytes(32).toString("base64") });
    expect(config.secretsKey).not.toBeNull();
    expect(config.auditCheckpointMinutes).toBe(10);
  });
});
