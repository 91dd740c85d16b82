import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseEvent } from "../caseLog.ts";
import { deadlineEngine } from "./compute.ts";
import type { DeadlineRule } from "./types.ts";

/** A toy rule set (not the pathway's): a clock, its stop, its cancel, one that counts from another. */
const rules: DeadlineRule[] = [
  {
    id: "toy.answer-10d",
    title: "Answer within 10 days",
    citation: "toy",
    kind: "by",
    party: "applicant",
    startsOn: [{ type: "Asked" }],
    length: 10,
    unit: "calendarDays",
    rolls: true,
    check: false,
    stoppedBy: [{ type: "Answered" }],
    cancelledBy: [{ type: "Withdrawn" }],
    restart: "replace",
  },
  {
    id: "toy.review-7d",
    title: "Review within 7 days of the asking",
    citation: "toy",
    kind: "by",
    party: "court",
    startsOn: [{ type: "Appealed" }],
    countsFrom: "Asked",
    requiresPrior: "Asked",
    length: 7,
    unit: "calendarDays",
    rolls: false,
    check: false,
    stoppedBy: [{ type: "Reviewed" }],
    restart: "add",
  },
  {
    id: "toy.wait-48h",
    title: "Not before 48 hours",
    citation: "toy",
    kind: "notBefore",
    party: "dhs",
    startsOn: [{ type: "Answered", when: [{ field: "late", equals: false }] }],
    length: 48,
    unit: "hours",
    rolls: false,
    check: false,
    stoppedBy: [],
    restart: "replace",
  },
];

const engine = deadlineEngine(rules);

const events = fc
  .array(
    fc.record({
      type: fc.constantFrom("Asked", "Answered", "Withdrawn", "Appealed", "Reviewed", "Other"),
      late: fc.boolean(),
      hours: fc.integer({ min: 1, max: 24 * 20 }),
    }),
    { maxLength: 25 },
  )
  .map((drawn) => {
    const start = Date.parse("2023-01-02T15:00:00Z");
    const times = drawn.map((_, index) =>
      drawn.slice(0, index + 1).reduce((sum, entry) => sum + entry.hours * 3_600_000, start),
    );
    return drawn.map(
      (entry, index): CaseEvent => ({
        caseId: "c",
        seq: index + 1,
        type: entry.type,
        data: { late: entry.late },
        actor: "test",
        reason: null,
        occurredAt: new Date(times[index] ?? start).toISOString(),
      }),
    );
  });

describe("the deadline engine", () => {
  it("keeps clocks event by event exactly as a fold of the whole list", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: 0, max: 60 }), (list, days) => {
        let clocks = engine.initial();
        for (const event of list) clocks = JSON.parse(JSON.stringify(engine.step(clocks, event)));
        const now = new Date(Date.parse("2023-01-02T15:00:00Z") + days * 86_400_000).toISOString();
        expect(engine.at(clocks, now)).toEqual(engine.of(list, now));
      }),
    );
  });

  it("opens, meets, misses and cancels a clock", () => {
    const at = (type: string, occurredAt: string, seq: number): CaseEvent => ({
      caseId: "c",
      seq,
      type,
      data: { late: false },
      actor: "t",
      reason: null,
      occurredAt,
    });
    const asked = [at("Asked", "2023-03-01T15:00:00Z", 1)];
    const answer = (list: CaseEvent[], now: string) =>
      engine.of(list, now).find((d) => d.ruleId === "toy.answer-10d");
    expect(answer(asked, "2023-03-05T00:00:00Z")).toMatchObject({
      status: "open",
      due: "2023-03-13",
    });
    expect(answer(asked, "2023-03-14T12:00:00Z")?.status).toBe("missed");
    const answered = [...asked, at("Answered", "2023-03-08T15:00:00Z", 2)];
    expect(answer(answered, "2023-04-01T00:00:00Z")).toMatchObject({
      status: "met",
      metAt: "2023-03-08T15:00:00Z",
    });
    expect(
      answer([...asked, at("Withdrawn", "2023-03-02T15:00:00Z", 2)], "2023-04-01T00:00:00Z"),
    ).toBeUndefined();
  });

  it("counts from an earlier event, and only when one happened", () => {
    const list: CaseEvent[] = [
      {
        caseId: "c",
        seq: 1,
        type: "Asked",
        data: {},
        actor: "t",
        reason: null,
        occurredAt: "2023-03-01T15:00:00Z",
      },
      {
        caseId: "c",
        seq: 2,
        type: "Appealed",
        data: {},
        actor: "t",
        reason: null,
        occurredAt: "2023-03-04T15:00:00Z",
      },
    ];
    expect(
      engine.of(list, "2023-03-05T00:00:00Z").find((d) => d.ruleId === "toy.review-7d")?.due,
    ).toBe("2023-03-08");
    expect(engine.of(list.slice(1), "2023-03-05T00:00:00Z")).toEqual([]);
  });

  it("refuses two rules with one id", () => {
    expect(() => deadlineEngine([...rules, rules[0] as DeadlineRule])).toThrow(/unique/);
  });
});
