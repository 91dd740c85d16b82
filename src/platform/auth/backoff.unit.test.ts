import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressBackoff,
  blockSeconds,
  failuresAfter,
  identifierBackoff,
  retryAfterSeconds,
  secondFactorPerAccount,
  secondFactorPerSignIn,
  signInPerAddress,
  signInPerIdentifier,
  signInPerKnownDevice,
  windowEnd,
} from "./backoff.ts";

const policies = fc.constantFrom(identifierBackoff, addressBackoff);

describe("login back-off", () => {
  it("blocks nothing below the free attempts, then 1 s, 2 s, 4 s … (identifier)", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => blockSeconds(n, identifierBackoff))).toEqual([
      0, 0, 0, 0, 1, 2, 4, 8,
    ]);
    expect(blockSeconds(19, addressBackoff)).toBe(0);
    expect(blockSeconds(20, addressBackoff)).toBe(1);
  });

  it("never shrinks with more failures and never exceeds the cap", () => {
    fc.assert(
      fc.property(policies, fc.nat(10_000), (policy, n) => {
        const now = blockSeconds(n, policy);
        expect(blockSeconds(n + 1, policy)).toBeGreaterThanOrEqual(now);
        expect(now).toBeLessThanOrEqual(policy.maxSeconds);
        expect(now).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("doubles each step until the cap", () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 0, max: 60 }), (policy, extra) => {
        const n = policy.free + extra;
        const next = blockSeconds(n + 1, policy);
        expect(next).toBe(Math.min(2 * blockSeconds(n, policy), policy.maxSeconds));
      }),
    );
  });

  it("forgets failures after a quiet day", () => {
    expect(failuresAfter(7, 60, identifierBackoff)).toBe(8);
    expect(failuresAfter(7, 24 * 3600 + 1, identifierBackoff)).toBe(1);
  });

  it("rounds Retry-After up to whole seconds, at least 1 while blocked", () => {
    const now = new Date("2023-01-01T00:00:00Z");
    expect(retryAfterSeconds(new Date(now.getTime() + 1), now)).toBe(1);
    expect(retryAfterSeconds(new Date(now.getTime() + 1500), now)).toBe(2);
    expect(retryAfterSeconds(now, now)).toBe(0);
  });

  it("ends an attempt window its length after the first attempt", () => {
    const now = new Date("2023-01-01T00:00:00Z");
    expect(windowEnd(now, signInPerIdentifier).toISOString()).toBe("2023-01-01T00:15:00.000Z");
  });

  it("gives a known device more password attempts than an identifier from anywhere else", () => {
    expect(signInPerKnownDevice.attempts).toBeGreaterThan(signInPerIdentifier.attempts);
    expect(signInPerAddress.attempts).toBeGreaterThan(signInPerIdentifier.attempts);
    expect(secondFactorPerSignIn.attempts).toBeLessThan(secondFactorPerAccount.attempts);
  });
});
