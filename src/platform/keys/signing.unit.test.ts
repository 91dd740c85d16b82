import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ephemeralSigner, loadSigner, signerFromSeed, verifySignature } from "./signing.ts";

describe("the signing key", () => {
  it("verifies its own signatures and no altered message, key or signature", () => {
    const signer = ephemeralSigner();
    const other = ephemeralSigner();
    fc.assert(
      fc.property(fc.string(), fc.string(), (message, altered) => {
        const signature = signer.sign(message);
        expect(verifySignature(signer.publicKey, message, signature)).toBe(true);
        expect(verifySignature(other.publicKey, message, signature)).toBe(false);
        if (altered !== message) {
          expect(verifySignature(signer.publicKey, altered, signature)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
    expect(verifySignature(signer.publicKey, "x", "not a signature")).toBe(false);
    expect(verifySignature("short", "x", signer.sign("x"))).toBe(false);
  });

  it("agrees with RFC 8032's first Ed25519 test vector", () => {
    const seed = Buffer.from(
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
      "hex",
    );
    const signer = signerFromSeed(seed);
    expect(Buffer.from(signer.publicKey, "base64url").toString("hex")).toBe(
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
    );
    expect(Buffer.from(signer.sign(new Uint8Array()), "base64url").toString("hex")).toBe(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    );
  });

  it("keeps the development key in the data folder across starts", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "haven-keys-"));
    try {
      const first = await loadSigner(null, dir);
      const again = await loadSigner(null, dir);
      expect(again.keyId).toBe(first.keyId);
      const given = await loadSigner(Buffer.alloc(32, 7).toString("base64"), dir);
      expect(given.keyId).not.toBe(first.keyId);
      await expect(loadSigner("c2hvcnQ", dir)).rejects.toThrow(/SIGNING_KEY must be 32 bytes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
