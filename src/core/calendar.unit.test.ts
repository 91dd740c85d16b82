import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  dayOf,
  endOfDayInstant,
  federalHolidaysOf,
  isBusinessDay,
  isFederalHoliday,
  rollToBusinessDay,
  startOfDayInstant,
} from "./calendar.ts";

describe("federal holidays as observed (5 U.S.C. 6103; E.O. 11582)", () => {
  it.each([
    ["2021-06-18", "Juneteenth 2021 (Sat) observed Friday, its first year"],
    ["2021-07-05", "July 4 2021 (Sun) observed Monday"],
    ["2021-12-24", "Christmas 2021 (Sat) observed Friday"],
    ["2021-12-31", "New Year 2022 (Sat) observed Friday 2021-12-31"],
    ["2022-06-20", "Juneteenth 2022 (Sun) observed Monday"],
    ["2022-12-26", "Christmas 2022 (Sun) observed Monday"],
    ["2023-01-02", "New Year 2023 (Sun) observed Monday"],
    ["2023-11-10", "Veterans Day 2023 (Sat) observed Friday"],
    ["2022-11-24", "Thanksgiving 2022"],
  ])("%s is a holiday: %s", (day) => {
    expect(isFederalHoliday(day)).toBe(true);
    expect(isBusinessDay(day)).toBe(false);
  });

  it.each([
    ["2022-01-01", "New Year's Day 2022 itself, a Saturday"],
    ["2021-07-04", "July 4 2021 itself, a Sunday"],
    ["2020-06-19", "Juneteenth before 2021"],
    ["2021-12-27", "the Monday after Christmas 2021"],
  ])("%s is not an observed holiday: %s", (day) => {
    expect(isFederalHoliday(day)).toBe(false);
  });

  it("lists the 10 holidays observed in 2022, the first on 2022-01-17 (New Year fell in 2021)", () => {
    const days = federalHolidaysOf(2022).map((holiday) => holiday.day);
    expect(days).toEqual([
      "2022-01-17",
      "2022-02-21",
      "2022-05-30",
      "2022-06-20",
      "2022-07-04",
      "2022-09-05",
      "2022-10-10",
      "2022-11-11",
      "2022-11-24",
      "2022-12-26",
    ]);
    expect(federalHolidaysOf(2021).map((holiday) => holiday.day)).toContain("2021-12-31");
  });
});

describe("day arithmetic", () => {
  it("rolls a Saturday before a Monday holiday to Tuesday", () => {
    expect(rollToBusinessDay("2022-07-02")).toBe("2022-07-05");
  });
  it("counts working days past weekends and holidays", () => {
    expect(addWorkingDays("2022-11-23", 2)).toBe("2022-11-28");
  });
  it.each([
    ["2021-12-22", "2021-12-30", "skips Christmas observed Fri 12-24"],
    ["2021-12-28", "2022-01-05", "skips New Year observed Fri 2021-12-31"],
    ["2022-11-21", "2022-11-29", "skips Thanksgiving"],
    ["2022-06-15", "2022-06-23", "skips Juneteenth observed Mon 06-20"],
    ["2021-06-16", "2021-06-24", "skips Juneteenth observed Fri 06-18"],
    ["2023-06-30", "2023-07-10", "skips July 4"],
    ["2021-07-01", "2021-07-09", "skips July 4 observed Mon 07-05"],
    ["2023-12-22", "2024-01-02", "skips Christmas and New Year's Day"],
    ["2023-11-10", "2023-11-17", "starts on a holiday"],
  ])("five working days from %s end on %s (%s)", (start, end) => {
    expect(addWorkingDays(start, 5)).toBe(end);
  });
  it("finds the Eastern day of an instant", () => {
    expect(dayOf("2022-03-21T03:30:00Z")).toBe("2022-03-20");
    expect(dayOf("2022-03-21T04:30:00Z")).toBe("2022-03-21");
    expect(dayOf("2022-03-21")).toBe("2022-03-21");
  });
  it("knows when an Eastern day starts and ends, across DST", () => {
    expect(startOfDayInstant("2022-01-10")).toBe("2022-01-10T05:00:00.000Z");
    expect(startOfDayInstant("2022-07-10")).toBe("2022-07-10T04:00:00.000Z");
    expect(endOfDayInstant("2022-11-06")).toBe("2022-11-07T04:59:59.999Z");
  });
});
