import { describe, expect, it } from "vitest";
import { countryChoices, languageChoices } from "./choices.ts";

describe("choices", () => {
  it("names countries and languages in the reader's language, alphabetically", () => {
    const countries = countryChoices("es");
    expect(countries.find((country) => country.value === "RU")?.label).toBe("Rusia");
    expect(countries.length).toBeGreaterThan(190);
    const languages = languageChoices("ru").map((choice) => choice.label);
    expect(languages).toEqual([...languages].sort((a, b) => a.localeCompare(b, "ru")));
    expect(languages).toContain("украинский");
  });

  it("names each language in its own where the browser has no names in the reader's", () => {
    const languages = languageChoices("ht");
    expect(languages.find((choice) => choice.value === "es")).toEqual({
      value: "es",
      label: "Español",
      lang: "es",
    });
    expect(languages.find((choice) => choice.value === "ht")?.label).toBe("Kreyòl ayisyen");
  });
});
