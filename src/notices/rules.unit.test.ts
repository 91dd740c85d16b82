import { describe, expect, it } from "vitest";
import { demoSlotAt } from "../demo/docket.ts";
import { hearingNoticeMailedSteps, inProceedingsSteps } from "../testing/histories.ts";
import { given, history, step } from "../testing/kit.ts";
import { localTime } from "./timeZones.ts";

const HEARING = { hearingId: "h-2", at: "2023-02-01T16:00:00Z" };
const schedule = step("2023-01-12T15:00:00Z", "clerk", {
  type: "ScheduleHearing",
  hearingId: "h-2",
  slotId: demoSlotAt("eoir-san-diego", HEARING.at, "individual"),
});
const missed = step("2023-02-01T17:00:00Z", "ij", {
  type: "HoldHearing",
  hearingId: "h-2",
  respondentAppeared: false,
});
const inAbsentia = {
  type: "IssueIJDecision",
  reasons: "Removable as charged; the findings on each application are stated on the record.",
  outcome: "denied",
  removalOrdered: true,
  inAbsentia: true,
  delivery: "written",
  country: "RU",
} as const;

const refusalOf = (decision: ReturnType<ReturnType<typeof given>["when"]>) =>
  decision.ok ? null : decision.refusal;

describe("an order in absentia needs the hearing's notice mailed to the current address (INA 240(b)(5)(A); INA 239(c))", () => {
  it("refuses it when no address is on record", () => {
    const case_ = given(history([...inProceedingsSteps, schedule, missed]));
    expect(refusalOf(case_.when(inAbsentia, "2023-02-01T17:30:00Z"))).toEqual({
      rule: "court.in-absentia.notice-not-delivered",
      citation: "INA 240(b)(5)(A); INA 239(a)(1)(G), 239(c)",
      message:
        "No address is on record for the respondent, so no notice of hearing h-2 of 2023-02-01 was mailed to one: there is no order in absentia.",
      field: "inAbsentia",
    });
  });

  it("refuses it when the notice was never mailed to the address", () => {
    const case_ = given(
      history([
        ...inProceedingsSteps,
        step("2023-01-05T15:00:00Z", "applicant", {
          type: "ChangeAddress",
          address: "12 Palm Ave",
        }),
        schedule,
        missed,
      ]),
    );
    expect(refusalOf(case_.when(inAbsentia, "2023-02-01T17:30:00Z"))?.message).toBe(
      "No mailing of the notice of hearing h-2 of 2023-02-01 to the respondent's current address is on record: there is no order in absentia.",
    );
  });

  it("refuses it after a change of address made after the mailing", () => {
    const case_ = given(
      history([
        ...inProceedingsSteps,
        schedule,
        ...hearingNoticeMailedSteps("2023-01-12T16:00:00Z", HEARING, "12 Palm Ave"),
        step("2023-01-20T15:00:00Z", "applicant", { type: "ChangeAddress", address: "40 Oak St" }),
        missed,
      ]),
    );
    expect(refusalOf(case_.when(inAbsentia, "2023-02-01T17:30:00Z"))?.message).toBe(
      "The notice of hearing h-2 of 2023-02-01 was mailed to an earlier address; the respondent's address has changed since: there is no order in absentia.",
    );
  });

  it("refuses it when the mailed notice named another time for the hearing (rescheduled since)", () => {
    const case_ = given(
      history([
        ...inProceedingsSteps,
        step("2023-01-10T15:00:00Z", "clerk", {
          type: "ScheduleHearing",
          hearingId: "h-2",
          slotId: demoSlotAt("eoir-san-diego", "2023-01-30T16:00:00Z", "individual"),
        }),
        ...hearingNoticeMailedSteps("2023-01-10T16:00:00Z", {
          hearingId: "h-2",
          at: "2023-01-30T16:00:00Z",
        }),
        schedule,
        missed,
      ]),
    );
    expect(refusalOf(case_.when(inAbsentia, "2023-02-01T17:30:00Z"))?.rule).toBe(
      "court.in-absentia.notice-not-delivered",
    );
  });

  it("accepts it with the notice mailed to the current address (spacing and case aside)", () => {
    const case_ = given(
      history([
        ...inProceedingsSteps,
        schedule,
        ...hearingNoticeMailedSteps("2023-01-12T16:00:00Z", HEARING, "12 Palm Ave"),
        step("2023-01-20T15:00:00Z", "applicant", {
          type: "ChangeAddress",
          address: "12  palm ave",
        }),
        missed,
      ]),
    );
    const decision = case_.when(inAbsentia, "2023-02-01T17:30:00Z");
    expect(decision.ok).toBe(true);
  });

  it("records a delivery once", () => {
    const [, mailed] = hearingNoticeMailedSteps("2023-01-12T16:00:00Z", HEARING);
    const case_ = given(
      history([
        ...inProceedingsSteps,
        schedule,
        ...hearingNoticeMailedSteps("2023-01-12T16:00:00Z", HEARING),
      ]),
    );
    expect(refusalOf(case_.when(mailed?.command as never))?.rule).toBe(
      "notices.delivery.already-recorded",
    );
  });
});

describe("a hearing's time in the court's zone", () => {
  it("gives the wall-clock time, across a change of the clocks", () => {
    expect(localTime("2023-02-01T16:00:00Z", "America/Los_Angeles")).toEqual({
      day: "2023-02-01",
      time: "08:00",
    });
    // 12 March 2023: Pacific clocks went forward at 02:00; 09:30 PDT is 16:30 UTC.
    expect(localTime("2023-03-12T16:30:00Z", "America/Los_Angeles")).toEqual({
      day: "2023-03-12",
      time: "09:30",
    });
    expect(localTime("2023-11-05T17:15:00Z", "America/New_York")).toEqual({
      day: "2023-11-05",
      time: "12:15",
    });
  });
});
