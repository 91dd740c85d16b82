import { describe, expect, it } from "vitest";
import { detectLanguage, matchLanguage } from "./languages.ts";

describe("detectLanguage", () => {
  it("prefers ?lang= over the stored choice and the browser", () => {
    expect(detectLanguage({ query: "ru", stored: "es", preferred: ["pt-BR"] })).toBe("ru");
  });

  it("uses the stored choice when the query names no language Haven offers", () => {
    expect(detectLanguage({ query: "xx", stored: "uk", preferred: ["pt-BR"] })).toBe("uk");
  });

  it("takes the first browser language Haven offers", () => {
    expect(detectLanguage({ query: null, stored: null, preferred: ["de-DE", "pt-BR", "es"] })).toBe(
      "pt",
    );
  });

  it("falls back to English", () => {
    expect(detectLanguage({ query: null, stored: null, preferred: ["de"] })).toBe("en");
  });
});

describe("matchLanguage", () => {
  it("reads the primary subtag, in any case", () => {
    expect(matchLanguage("HT")).toBe("ht");
    expect(matchLanguage("uk_UA")).toBe("uk");
    expect(matchLanguage("")).toBeNull();
  });
});
