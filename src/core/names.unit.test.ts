import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAME_MAX_LENGTH, nameProblem } from "./names.ts";

describe("a person's name", () => {
  it("takes names as passports and people write them", () => {
    for (const name of [
      "Irina",
      "María José",
      "O'Brien",
      "Jean-Luc",
      "Nguyễn",
      "St. John",
      "Dvořák",
    ]) {
      expect(nameProblem(name, "latin"), name).toBeNull();
    }
    for (const name of ["Ирина", "Воронова-Соколова", "Олексій", "ბიძინა", "محمد"]) {
      expect(nameProblem(name, "any"), name).toBeNull();
    }
  });

  it("refuses emoji, digits, symbols and other scripts where Latin letters are asked for", () => {
    expect(nameProblem("Юлия 🙂", "latin")).toBe("notLatin");
    expect(nameProblem("Юлия", "latin")).toBe("notLatin");
    expect(nameProblem("🙂🙂🙂", "any")).toBe("notLetters");
    expect(nameProblem("Irina2", "latin")).toBe("notLatin");
    expect(nameProblem("-Irina", "latin")).toBe("notLatin");
    expect(nameProblem("a".repeat(NAME_MAX_LENGTH + 1), "latin")).toBe("tooLong");
  });

  it("refuses any name holding a character outside letters, marks and the name's punctuation", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }),
        fc.constantFrom("0", "🙂", "@", "_", "\u0000", "<"),
        (name, odd) => {
          expect(nameProblem(`A${name}${odd}`, "any")).not.toBeNull();
        },
      ),
    );
  });
});
