import fc from "fast-check";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { checkTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, stepAt } from "./totp.ts";

const SECRET = "HAVENDEMOCBPOFFICERAAAAAAAAAAAAA";
const codeAt = (seconds: number) => generate({ secret: SECRET, epoch: seconds });

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC 6238 test vector for SHA-1 (59 s, 6 digits)", async () => {
    // RFC 6238 appendix B: secret "12345678901234567890" (ASCII), T = 59 → 94287082 (8 digits).
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(await generate({ secret, epoch: 59, digits: 8 })).toBe("94287082");
  });

  it("accepts the code of the step before, the step and the step after, and no further", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }), async (seconds) => {
        const now = new Date(seconds * 1000);
        const step = stepAt(now);
        for (const delta of [-1, 0, 1]) {
          const code = await codeAt((step + delta) * 30);
          const result = await checkTotp(SECRET, code, now, null);
          expect(result).toEqual({ ok: true, step: step + delta });
        }
        for (const delta of [-3, -2, 2, 3]) {
          const code = await codeAt((step + delta) * 30);
          if (code === (await codeAt(step * 30))) continue; // a rare collision of 6 digits
          const result = await checkTotp(SECRET, code, now, null);
          if (result.ok) expect(Math.abs(result.step - step)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a step already used (no replay) and malformed codes", async () => {
    const now = new Date(1_700_000_000_000);
    const step = stepAt(now);
    const code = await codeAt(step * 30);
    expect((await checkTotp(SECRET, code, now, step - 1)).ok).toBe(true);
    expect((await checkTotp(SECRET, code, now, step)).ok).toBe(false);
    for (const bad of ["", "12345", "1234567", "abcdef", "12 345"]) {
      expect((await checkTotp(SECRET, bad, now, null)).ok).toBe(false);
    }
  });

  it("makes secrets of 20 bytes and ten distinct recovery codes, hashed case-blind", () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const first = codes[0] ?? "";
    expect(recoveryCodeHash(first.toUpperCase().replace("-", " "))).toBe(recoveryCodeHash(first));
  });
});
