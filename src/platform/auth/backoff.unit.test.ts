import { describe, expect, it } from "vitest";
import {
  locatorPerAddress,
  resetPerAddress,
  resetPerIdentifier,
  retryAfterSeconds,
  secondFactorPerAccount,
  secondFactorPerSignIn,
  signInPerAddress,
  signInPerIdentifier,
  signInPerKnownDevice,
  windowEnd,
} from "./backoff.ts";

describe("attempt limits", () => {
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

  it("lets fewer reset mails go to one identifier than requests come from one address", () => {
    expect(resetPerIdentifier.attempts).toBeLessThan(resetPerAddress.attempts);
    expect(locatorPerAddress).toEqual({ attempts: 20, windowSeconds: 60 });
  });
});
