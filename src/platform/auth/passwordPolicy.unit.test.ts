import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "./passwordPolicy.ts";
import { sessionExpired } from "./sessionPolicy.ts";

describe("the password policy (NIST SP 800-63B)", () => {
  it("refuses short, overlong and common passwords, saying why", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH + 1))).toMatch(/at most/);
    for (const common of ["password1234", "qwertyuiop12", "123456789012", "iloveyou1234"]) {
      expect(passwordProblem(common), common).not.toBeNull();
    }
    expect(passwordProblem("aaaaaaaaaaaaaaa")).not.toBeNull();
    expect(passwordProblem("abcabcabcabcabc")).not.toBeNull();
  });

  it("refuses a password that contains the e-mail address's name", () => {
    expect(passwordProblem("irina.voronova-2023", ["irina.voronova@example.org"])).toMatch(
      /e-mail/,
    );
  });

  it("accepts long passphrases in any script, with no composition rules", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("синий кит плывёт домой")).toBeNull();
    expect(passwordProblem("haven-demo-2023")).toBeNull();
  });

  it("never accepts anything shorter than the minimum", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (password) => {
        expect(passwordProblem(password)).not.toBeNull();
      }),
    );
  });
});

describe("session timeouts", () => {
  const timeouts = { idleMinutes: 30, absoluteHours: 12 };
  it("ends a session after 30 idle minutes or 12 hours in all", () => {
    const start = new Date("2023-01-01T00:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(sessionExpired({ createdAt: start, lastSeenAt: start }, at(29), timeouts)).toBe(false);
    expect(sessionExpired({ createdAt: start, lastSeenAt: start }, at(30), timeouts)).toBe(true);
    expect(sessionExpired({ createdAt: start, lastSeenAt: at(715) }, at(719), timeouts)).toBe(
      false,
    );
    expect(sessionExpired({ createdAt: start, lastSeenAt: at(719) }, at(720), timeouts)).toBe(true);
  });
});
