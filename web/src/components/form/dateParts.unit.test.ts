import { describe, expect, it } from "vitest";
import { birthDateProblem, dateOrder, firstDatePartId, isoDate } from "./dateParts.ts";

describe("dateOrder", () => {
  it("follows the reader's locale", () => {
    expect(dateOrder("en-US")).toEqual(["month", "day", "year"]);
    expect(dateOrder("ru")).toEqual(["day", "month", "year"]);
    expect(dateOrder("pt")).toEqual(["day", "month", "year"]);
    expect(firstDatePartId("member-2-dob", "en")).toBe("member-2-dob-month");
    expect(firstDatePartId("member-2-dob", "uk")).toBe("member-2-dob-day");
    expect(dateOrder("ht")).toEqual(["day", "month", "year"]);
  });
});

describe("isoDate", () => {
  it("reads a real day, and nothing else", () => {
    expect(isoDate({ day: "7", month: "3", year: "1984" })).toBe("1984-03-07");
    expect(isoDate({ day: "31", month: "2", year: "1984" })).toBeNull();
    expect(isoDate({ day: "1", month: "", year: "1984" })).toBeNull();
    expect(isoDate({ day: "1", month: "1", year: "84" })).toBeNull();
  });
});

describe("birthDateProblem", () => {
  it("says what is wrong with a date of birth", () => {
    const today = "2023-06-01";
    expect(birthDateProblem({ day: "", month: "", year: "" }, today)).toBe("missing");
    expect(birthDateProblem({ day: "30", month: "2", year: "2000" }, today)).toBe("invalid");
    expect(birthDateProblem({ day: "2", month: "6", year: "2023" }, today)).toBe("future");
    expect(birthDateProblem({ day: "1", month: "6", year: "2023" }, today)).toBeNull();
  });
});
