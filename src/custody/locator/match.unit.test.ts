import { describe, expect, it } from "vitest";
import { type DetainedPerson, isAdultOn, sameNames } from "./match.ts";

const volkov: DetainedPerson = {
  latin: { familyName: "Volkov", givenName: "Aleksei" },
  native: { familyName: "Волков", givenName: "Алексей" },
  dateOfBirth: "1990-04-12",
};

describe("the locator's match (pure)", () => {
  it("joins the Latin and Cyrillic spellings of one name, as registrations do", () => {
    for (const [givenName, familyName] of [
      ["Aleksei", "Volkov"],
      ["Alexey", "Volkov"],
      ["Aleksey", "Wolkow"],
      ["Алексей", "Волков"],
      ["Олексій", "Волков"],
      ["Oleksii", "Volkov"],
    ] as const) {
      expect(sameNames({ givenName, familyName }, "1990-04-12", volkov), givenName).toBe(true);
    }
  });

  it("needs the same date of birth and both names", () => {
    expect(sameNames({ givenName: "Aleksei", familyName: "Volkov" }, "1990-12-04", volkov)).toBe(
      false,
    );
    expect(sameNames({ givenName: "Aleksei", familyName: "Volkova" }, "1990-04-12", volkov)).toBe(
      false,
    );
    // Names the other way round would only be sent to review at registration: no match here.
    expect(sameNames({ givenName: "Volkov", familyName: "Aleksei" }, "1990-04-12", volkov)).toBe(
      false,
    );
    expect(
      sameNames({ givenName: "Aleksei", familyName: "Volkov" }, "1990-04-12", {
        ...volkov,
        native: null,
        latin: { familyName: "Wolf", givenName: "Alex" },
      }),
    ).toBe(false);
  });

  it("counts a person as an adult from their 18th birthday on", () => {
    expect(isAdultOn("2008-06-02", "2026-06-01")).toBe(false);
    expect(isAdultOn("2008-06-02", "2026-06-02")).toBe(true);
    expect(isAdultOn("1990-04-12", "2026-06-01")).toBe(true);
    // Born on 29 February: 18 on 1 March of a common year.
    expect(isAdultOn("2008-02-29", "2026-02-28")).toBe(false);
    expect(isAdultOn("2008-02-29", "2026-03-01")).toBe(true);
  });
});
