import { describe, expect, it } from "vitest";
import { dueFor } from "./core/deadlines/index.ts";
import { pathway } from "./pathway.ts";
import { ijOrderedRemoval, negativeServed } from "./testing/histories.ts";
import { deadlines, event } from "./testing/kit.ts";

const deadlineRule = (id: string) => pathway.deadlines.rule(id);

/**
 * Deadline cases worked out by hand with a calendar (not with the code under test). Observed
 * federal holidays used: 2021-06-18 (Juneteenth, Sat→Fri), 2021-07-05 (Sun→Mon), 2021-11-25,
 * 2021-12-24 (Christmas, Sat→Fri), 2021-12-31 (New Year 2022, Sat→Fri), 2022-02-21, 2022-06-20
 * (Juneteenth, Sun→Mon), 2022-07-04, 2022-09-05, 2022-11-24, 2022-12-26 (Sun→Mon), 2023-01-02
 * (Sun→Mon), 2023-06-19, 2023-07-04, 2023-11-10 (Veterans Day, Sat→Fri), 2023-12-25, 2024-01-01.
 */
const cases: [rule: string, start: string, due: string, note: string][] = [
  // BIA appeal, 30 calendar days, rolls (8 CFR 1003.38(b))
  [
    "court.bia-appeal-30d",
    "2022-06-03",
    "2022-07-05",
    "day 30 Sun 07-03, Mon 07-04 Independence Day",
  ],
  ["court.bia-appeal-30d", "2021-06-04", "2021-07-06", "day 30 Sun 07-04, observed Mon 07-05"],
  [
    "court.bia-appeal-30d",
    "2021-05-19",
    "2021-06-21",
    "day 30 Fri 06-18, first Juneteenth observed",
  ],
  [
    "court.bia-appeal-30d",
    "2022-05-21",
    "2022-06-21",
    "day 30 Mon 06-20, Juneteenth observed (Sun)",
  ],
  ["court.bia-appeal-30d", "2022-10-25", "2022-11-25", "day 30 Thanksgiving 11-24"],
  ["court.bia-appeal-30d", "2021-11-24", "2021-12-27", "day 30 Fri 12-24, Christmas observed"],
  ["court.bia-appeal-30d", "2021-12-01", "2022-01-03", "day 30 Fri 12-31, New Year 2022 observed"],
  [
    "court.bia-appeal-30d",
    "2022-11-26",
    "2022-12-27",
    "day 30 Mon 12-26, Christmas observed (Sun)",
  ],
  ["court.bia-appeal-30d", "2022-12-03", "2023-01-03", "day 30 Mon 01-02, New Year observed (Sun)"],
  ["court.bia-appeal-30d", "2023-03-01", "2023-03-31", "day 30 Fri, no roll"],
  ["court.bia-appeal-30d", "2023-05-20", "2023-06-20", "day 30 Mon 06-19 Juneteenth"],
  ["court.bia-appeal-30d", "2023-06-04", "2023-07-05", "day 30 Tue 07-04"],
  ["court.bia-appeal-30d", "2022-08-06", "2022-09-06", "day 30 Labor Day 09-05"],
  ["court.bia-appeal-30d", "2022-01-15", "2022-02-14", "day 30 Mon, no roll"],
  ["court.bia-appeal-30d", "2022-01-22", "2022-02-22", "day 30 Washington's Birthday 02-21"],
  [
    "court.bia-appeal-30d",
    "2023-10-12",
    "2023-11-13",
    "day 30 Sat 11-11 (observed Fri 11-10), rolls to Mon",
  ],
  ["court.bia-appeal-30d", "2023-10-11", "2023-11-13", "day 30 Fri 11-10, Veterans Day observed"],
  ["court.bia-appeal-30d", "2024-01-31", "2024-03-01", "leap year: day 30 Fri 03-01"],
  ["court.bia-appeal-30d", "2023-01-30", "2023-03-01", "day 30 Wed 03-01"],
  ["court.bia-appeal-30d", "2023-12-08", "2024-01-08", "day 30 Sun 01-07"],
  // Motions and petition for review, rolls
  ["court.motion-reopen-90d", "2022-04-05", "2022-07-05", "day 90 Mon 07-04"],
  ["court.motion-reopen-90d", "2022-09-26", "2022-12-27", "day 90 Sun 12-25, observed Mon 12-26"],
  ["court.motion-reconsider-30d", "2021-11-26", "2021-12-27", "day 30 Sun 12-26"],
  ["court.petition-for-review-30d", "2021-12-02", "2022-01-03", "day 30 Sat 2022-01-01"],
  // EOIR-33, 5 days, does not roll (8 CFR 1003.15(d)(2), stricter than the manual's working days)
  ["people.address-eoir-33", "2021-12-22", "2021-12-27", "Christmas observed does not extend it"],
  ["people.address-eoir-33", "2022-11-21", "2022-11-26", "no roll: Saturday stays"],
  ["people.address-eoir-33", "2023-06-30", "2023-07-05", "July 4 counts"],
  // AR-11, 10 days, does not roll (INA 265(a))
  ["people.address-ar-11", "2022-12-22", "2023-01-01", "no roll: Sunday New Year's Day stays"],
  ["people.address-ar-11", "2021-06-09", "2021-06-19", "no roll: Saturday stays"],
  // One year from the last arrival, rolls (INA 208(a)(2)(B))
  ["protection.asylum-one-year", "2022-10-14", "2023-10-16", "anniversary Sat"],
  ["protection.asylum-one-year", "2022-03-20", "2023-03-20", "anniversary Mon"],
  ["protection.asylum-one-year", "2020-07-04", "2021-07-06", "anniversary Sun 07-04, observed Mon"],
  ["protection.asylum-one-year", "2024-02-29", "2025-02-28", "leap day to Feb 28, a Friday"],
  ["protection.asylum-one-year", "2020-12-25", "2021-12-27", "anniversary Sat Christmas"],
  ["protection.asylum-one-year", "2021-11-25", "2022-11-25", "day after Thanksgiving is a workday"],
  // Waiting periods (notBefore, no roll)
  ["court.first-hearing-10d", "2022-12-22", "2023-01-01", "earliest day, no roll"],
  ["protection.cf-consultation", "2022-12-10", "2022-12-12", "one full calendar day between"],
  ["protection.merits-interview-earliest", "2023-06-01", "2023-06-22", "21 days"],
  ["protection.merits-interview-latest", "2023-06-01", "2023-07-16", "45 days, Sunday, no roll"],
  ["protection.ead-apply-150d", "2022-11-30", "2023-04-29", "150 days"],
  ["protection.ead-grant-180d", "2022-11-30", "2023-05-29", "180 days"],
  ["protection.ij-review-7d", "2022-12-15", "2022-12-22", "7 days, no roll"],
];

describe("deadlines worked out by hand", () => {
  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));
  for (const [ruleId, start, due, note] of cases) {
    const rule = deadlineRule(ruleId);
    it(`${ruleId} (${rule.citation}): from ${start} due ${due} — ${note}`, () => {
      expect(dueFor(rule, start).due).toBe(due);
    });
  }

  it("the 72-hour holding limit counts exact hours (CBP TEDS 4.1)", () => {
    const rule = deadlineRule("encounters.cbp-holding-72h");
    expect(dueFor(rule, "2022-12-10T13:00:00Z")).toMatchObject({
      due: "2022-12-13",
      dueAt: "2022-12-13T13:00:00.000Z",
    });
    // Across the end of daylight saving time (2022-11-06) it is still 72 hours.
    expect(dueFor(rule, "2022-11-05T12:00:00Z").dueAt).toBe("2022-11-08T12:00:00.000Z");
  });

  it("a day deadline runs to the end of the day, Eastern (8 CFR 1003.38(b))", () => {
    const due = dueFor(deadlineRule("court.bia-appeal-30d"), "2022-06-03");
    expect(due).toMatchObject({ dueAt: "2022-07-06T03:59:59.999Z", rolledFrom: "2022-07-03" });
  });
});

const find = (list: ReturnType<typeof deadlines>, ruleId: string) =>
  list.filter((d) => d.ruleId === ruleId);
const numbered = (events: ReturnType<typeof event>[]) =>
  events.map((e, i) => ({ ...e, seq: i + 1 }));

describe("deadline status from a case's events", () => {
  it("the BIA appeal deadline is open, then missed, or met by an appeal (8 CFR 1003.38(b))", () => {
    const events = ijOrderedRemoval();
    expect(
      find(deadlines(events, "2023-03-31T20:00:00Z"), "court.bia-appeal-30d")[0],
    ).toMatchObject({
      status: "open",
      due: "2023-03-31",
      citation: "8 CFR 1003.38(b)",
    });
    expect(find(deadlines(events, "2023-04-01T05:00:00Z"), "court.bia-appeal-30d")[0]?.status).toBe(
      "missed",
    );
    const appealed = [
      ...events,
      event("AppealFiled", { by: "respondent" }, "2023-03-20T15:00:00Z"),
    ];
    expect(
      find(deadlines(numbered(appealed), "2023-05-01T05:00:00Z"), "court.bia-appeal-30d")[0],
    ).toMatchObject({
      status: "met",
      metAt: "2023-03-20T15:00:00Z",
    });
  });

  it("a waived appeal cancels the appeal deadline and starts the motion clocks (8 CFR 1241.1(b); 8 CFR 1003.23(b)(1))", () => {
    const waived = numbered([
      ...ijOrderedRemoval(),
      event("AppealWaived", { by: "both" }, "2023-03-01T20:05:00Z"),
    ]);
    const list = deadlines(waived, "2023-03-02T15:00:00Z");
    expect(find(list, "court.bia-appeal-30d")).toEqual([]);
    expect(find(list, "court.motion-reconsider-30d")[0]?.due).toBe("2023-03-31");
    expect(find(list, "court.motion-reopen-90d")[0]?.due).toBe("2023-05-30");
  });

  it("the IJ-review clock counts from the determination and stops at the decision (8 CFR 1003.42(e))", () => {
    const requested = numbered([
      ...negativeServed(),
      event("IJReviewRequested", { how: "requested" }, "2022-12-16T16:00:00Z"),
    ]);
    expect(
      find(deadlines(requested, "2022-12-17T12:00:00Z"), "protection.ij-review-7d")[0],
    ).toMatchObject({ status: "open", due: "2022-12-22" });
    const decided = numbered([
      ...requested,
      event("IJReviewDecided", { decision: "affirmed", judgeId: "ij" }, "2022-12-21T18:00:00Z"),
    ]);
    expect(
      find(deadlines(decided, "2023-01-01T12:00:00Z"), "protection.ij-review-7d")[0]?.status,
    ).toBe("met");
  });

  it("the 72-hour CBP limit is met by detention in time (CBP TEDS 4.1)", () => {
    const list = deadlines(negativeServed(), "2023-01-01T00:00:00Z");
    expect(find(list, "encounters.cbp-holding-72h")[0]).toMatchObject({
      status: "met",
      dueAt: "2022-12-13T13:00:00.000Z",
    });
  });

  it("the change-of-address deadlines are met by Haven's one filing; EOIR-33 only once in court (8 CFR 1003.15(d)(2); INA 265(a))", () => {
    const moved = numbered([
      ...negativeServed(),
      event(
        "AddressChanged",
        { address: "x", movedOn: "2022-12-20", toCourt: false, toDhs: true },
        "2022-12-20T15:00:00Z",
      ),
    ]);
    expect(find(deadlines(moved, "2022-12-21T15:00:00Z"), "people.address-ar-11")[0]?.status).toBe(
      "met",
    );
    expect(find(deadlines(moved, "2022-12-21T15:00:00Z"), "people.address-eoir-33")).toEqual([]);
    const inCourt = numbered([
      ...ijOrderedRemoval(),
      event(
        "AddressChanged",
        { address: "y", movedOn: "2023-03-03", toCourt: false, toDhs: false },
        "2023-03-14T15:00:00Z",
      ),
    ]);
    const list = deadlines(inCourt, "2023-03-14T16:00:00Z");
    expect(find(list, "people.address-eoir-33")[0]).toMatchObject({
      due: "2023-03-08",
      status: "missed",
    });
    expect(find(list, "people.address-ar-11")[0]).toMatchObject({
      due: "2023-03-13",
      status: "missed",
    });
  });

  it("a new arrival replaces the one-year clock (INA 208(a)(2)(B))", () => {
    const encounter = (at: string) =>
      event(
        "EncounterRecorded",
        {
          place: "x",
          port: null,
          viaAppointment: false,
          arrivingAlien: false,
          lawfulPathways: { presumptionApplies: false, exception: null },
        },
        at,
      );
    const events = numbered([encounter("2022-03-20T15:00:00Z"), encounter("2022-06-01T15:00:00Z")]);
    expect(
      find(deadlines(events, "2022-06-02T00:00:00Z"), "protection.asylum-one-year").map(
        (d) => d.due,
      ),
    ).toEqual(["2023-06-01"]);
  });

  it("a deadline still running is open", () => {
    const open = deadlines(ijOrderedRemoval(), "2023-03-02T15:00:00Z").filter(
      (d) => d.status === "open",
    );
    expect(open.every((d) => d.status === "open")).toBe(true);
    expect(open.map((d) => d.ruleId)).toContain("court.bia-appeal-30d");
  });
});
