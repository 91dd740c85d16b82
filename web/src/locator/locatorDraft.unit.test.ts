import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../platform/http.ts";
import {
  apiFieldErrors,
  draftErrors,
  EMPTY_DRAFT,
  type LocatorDraft,
  toSearch,
} from "./locatorDraft.ts";

/** Stands in for i18next: the key itself. */
const t = ((key: string) => key) as unknown as TFunction;
const TODAY = "2026-06-01";

const byName: LocatorDraft = {
  ...EMPTY_DRAFT,
  by: "name",
  givenName: " Алексей ",
  familyName: "Волков",
  birth: { day: "12", month: "4", year: "1990" },
  countryOfBirth: "RU",
};

describe("the locator form", () => {
  it("asks for the A-number and the country before a search by A-number", () => {
    expect(draftErrors(t, "en", EMPTY_DRAFT, TODAY)).toEqual([
      { id: "locator-a-number", message: "locator.aNumberMissing" },
      { id: "locator-country", message: "locator.countryMissing" },
    ]);
    const typed = { ...EMPTY_DRAFT, aNumber: "A-12-345", countryOfBirth: "RU" };
    expect(draftErrors(t, "en", typed, TODAY)).toEqual([
      { id: "locator-a-number", message: "locator.aNumberInvalid" },
    ]);
    const good = { ...typed, aNumber: "A-012-345-678" };
    expect(draftErrors(t, "en", good, TODAY)).toEqual([]);
    expect(toSearch(good)).toEqual({ aNumber: "A-012-345-678", countryOfBirth: "RU" });
  });

  it("sends names as typed (trimmed) and the date of birth as a day", () => {
    expect(draftErrors(t, "en", byName, TODAY)).toEqual([]);
    expect(toSearch(byName)).toEqual({
      givenName: "Алексей",
      familyName: "Волков",
      dateOfBirth: "1990-04-12",
      countryOfBirth: "RU",
    });
    const future = { ...byName, birth: { day: "1", month: "1", year: "2030" } };
    expect(draftErrors(t, "en-US", future, TODAY)).toEqual([
      // In en-US the month comes first: the error links to it.
      { id: "locator-dob-month", message: "locator.dateOfBirthFuture" },
    ]);
  });

  it("places the fields a 400 names on their inputs", () => {
    const problem = new ApiError(400, {
      errors: [
        { field: "body.familyName", message: "?" },
        { field: "body.countryOfBirth", message: "?" },
      ],
    });
    expect(apiFieldErrors(t, "ru", problem)).toEqual([
      { id: "locator-family-name", message: "locator.familyNameInvalid" },
      { id: "locator-country", message: "locator.countryMissing" },
    ]);
    expect(apiFieldErrors(t, "ru", new ApiError(429, null, 30))).toEqual([]);
  });
});
