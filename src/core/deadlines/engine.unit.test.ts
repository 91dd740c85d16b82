import { describe, expect, it } from "vitest";
import { ijOrderedRemoval, negativeServed } from "../process/histories.ts";
import { event } from "../process/testKit.ts";
import { deadlines, openDeadlines } from "./index.ts";

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
      due: "2023-03-10",
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

  it("openDeadlines lists only running deadlines", () => {
    const open = openDeadlines(ijOrderedRemoval(), "2023-03-02T15:00:00Z");
    expect(open.every((d) => d.status === "open")).toBe(true);
    expect(open.map((d) => d.ruleId)).toContain("court.bia-appeal-30d");
  });
});
