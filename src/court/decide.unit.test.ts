import { describe, expect, it } from "vitest";
import { demoSlotAt } from "../demo/docket.ts";
import { ijOrderedRemoval, inProceedings, positiveServed } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

const refusalOf = (decision: { ok: boolean; refusal?: unknown }) =>
  decision.ok ? null : decision.refusal;
const served = () => [
  ...positiveServed(),
  event(
    "NoticeToAppearServed",
    { court: "eoir-san-diego", servedOn: "2022-12-19" },
    "2022-12-19T15:00:00Z",
  ),
];
const dismissed = () => [
  ...ijOrderedRemoval(),
  event("AppealFiled", { by: "respondent" }, "2023-03-20T15:00:00Z"),
  event(
    "AppealDecided",
    { decision: "dismissed", removalOrdered: true, outcome: null },
    "2023-06-01T15:00:00Z",
  ),
];

describe("court: proceedings, decisions, appeals, motions", () => {
  it("serves a Notice to Appear after a positive determination (INA 239(a); 8 CFR 208.30(f))", () => {
    expect(
      given(positiveServed()).when({
        type: "ServeNoticeToAppear",
        court: "eoir-san-diego",
        servedOn: "2022-12-19",
      }),
    ).toEqual({
      ok: true,
      events: [
        { type: "NoticeToAppearServed", data: { court: "eoir-san-diego", servedOn: "2022-12-19" } },
      ],
    });
  });

  it("refuses a first hearing sooner than 10 days after the NTA (INA 239(b)(1))", () => {
    const early = demoSlotAt("eoir-san-diego", "2022-12-28T16:00:00Z", "master");
    const decision = given(served()).when(
      { type: "ScheduleHearing", hearingId: "h", slotId: early },
      "2022-12-20T15:00:00Z",
    );
    expect(refusalOf(decision)).toEqual({
      rule: "court.first-hearing.ten-days",
      citation: "INA 239(b)(1)",
      message:
        "The first hearing may not be held before 2022-12-29, 10 days after the Notice to Appear was served, unless the respondent waives the period in writing.",
      field: "slotId",
    });
    const waived = given(served()).when(
      {
        type: "ScheduleHearing",
        hearingId: "h",
        slotId: early,
        interpreterLanguage: "ru",
        tenDayPeriodWaived: true,
      },
      "2022-12-20T15:00:00Z",
    );
    expect(waived.ok && waived.events[0]?.data).toEqual({
      hearingId: "h",
      kind: "master",
      at: "2022-12-28T16:00:00Z",
      tenDayPeriodWaived: true,
      interpreterLanguage: "ru",
      slotId: early,
      court: "eoir-san-diego",
      judgeId: "ij-san-diego-1",
      room: "1",
      timeZone: "America/Los_Angeles",
    });
    expect(given(served()).state.protection).toBe("nta_issued");
  });

  it("schedules only into a real slot of the case's court that is still to come (8 CFR 1003.18(a))", () => {
    const at = "2022-12-20T15:00:00Z";
    const schedule = (slotId: string) =>
      refusalOf(given(served()).when({ type: "ScheduleHearing", hearingId: "h", slotId }, at));
    expect(schedule("00000000-0000-4000-8000-000000000000")).toMatchObject({
      rule: "court.docket.no-such-slot",
      field: "slotId",
    });
    expect(schedule(demoSlotAt("eoir-los-angeles", "2023-03-15T16:00:00Z"))).toMatchObject({
      rule: "court.docket.other-court",
      message:
        "The slot is on the docket of eoir-los-angeles; the Notice to Appear sends the case to eoir-san-diego.",
    });
    const past = demoSlotAt("eoir-san-diego", "2023-01-10T16:00:00Z");
    expect(
      refusalOf(
        given(served()).when(
          { type: "ScheduleHearing", hearingId: "h", slotId: past },
          "2023-01-11T15:00:00Z",
        ),
      ),
    ).toMatchObject({ rule: "court.docket.slot-past" });
  });

  it("refuses a Notice to Appear to a court that does not exist (8 CFR 1003.14(a))", () => {
    expect(
      refusalOf(
        given(positiveServed()).when({ type: "ServeNoticeToAppear", court: "eoir-atlantis" }),
      ),
    ).toMatchObject({ rule: "court.unknown-court", field: "court" });
  });

  it("refuses to hold a hearing that is not on the docket, or twice (8 CFR 1003.18)", () => {
    expect(
      refusalOf(given(inProceedings()).when({ type: "HoldHearing", hearingId: "h-9" })),
    ).toEqual({
      rule: "court.hearing.not-scheduled",
      citation: "INA 239(a)(1)(G); 8 CFR 1003.18",
      message: "Hearing h-9 is not on the docket of this case.",
      field: "hearingId",
    });
    expect(
      refusalOf(given(inProceedings()).when({ type: "HoldHearing", hearingId: "h-1" })),
    ).toMatchObject({
      rule: "court.hearing.already-held",
      message: "Hearing h-1 was already held.",
    });
  });

  it("refuses a decision before any hearing is held (INA 240(b)(1))", () => {
    const scheduledOnly = [
      ...served(),
      event("HearingScheduled", {
        hearingId: "h",
        kind: "master",
        at: "2023-01-10T16:00:00Z",
        tenDayPeriodWaived: false,
      }),
    ];
    expect(
      refusalOf(
        given(scheduledOnly).when({
          type: "IssueIJDecision",
          reasons:
            "Removable as charged; the findings on each application are stated on the record.",
          outcome: "denied",
          removalOrdered: true,
          delivery: "oral",
        }),
      ),
    ).toEqual({
      rule: "court.decision.no-hearing-held",
      citation: "INA 240(b)(1)",
      message:
        "No hearing has been held in these proceedings: the immigration judge decides after a hearing.",
    });
  });

  it("refuses an in-absentia order when the respondent appeared (INA 240(b)(5)(A))", () => {
    expect(
      refusalOf(
        given(inProceedings()).when({
          type: "IssueIJDecision",
          reasons:
            "Removable as charged; the findings on each application are stated on the record.",
          outcome: "denied",
          removalOrdered: true,
          inAbsentia: true,
          delivery: "written",
        }),
      ),
    ).toEqual({
      rule: "court.in-absentia.conditions",
      citation: "INA 240(b)(5)(A)",
      message: "The respondent appeared at the last hearing (h-1): there is no order in absentia.",
      field: "inAbsentia",
    });
  });

  it("an IJ removal order is not final during the appeal period (8 CFR 1003.6(a); 8 CFR 1241.1)", () => {
    const state = given(ijOrderedRemoval()).state;
    expect([state.protection, state.removal]).toEqual(["ij_decided", "ordered"]);
  });

  it("refuses to record the appeal period as expired before it ends (8 CFR 1241.1(c))", () => {
    expect(
      refusalOf(
        given(ijOrderedRemoval()).when(
          { type: "RecordAppealPeriodExpired" },
          "2023-03-31T20:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "court.bia-appeal.period-running",
      citation: "8 CFR 1003.38(b); 8 CFR 1241.1(c)",
      message:
        "The appeal period runs to the end of 2023-03-31; the order is not final before then.",
    });
    const expired = given(ijOrderedRemoval()).when(
      { type: "RecordAppealPeriodExpired" },
      "2023-04-01T05:00:00Z",
    );
    expect(expired).toEqual({
      ok: true,
      events: [{ type: "AppealPeriodExpired", data: { deadline: "2023-03-31" } }],
    });
  });

  it("an expired appeal period makes the order final (8 CFR 1241.1(c))", () => {
    const state = given(
      ijOrderedRemoval(),
      event("AppealPeriodExpired", { deadline: "2023-03-31" }, "2023-04-01T05:00:00Z"),
    ).state;
    expect([state.protection, state.removal, state.outcome]).toEqual([
      "final",
      "final_order",
      "denied",
    ]);
  });

  it("a waived appeal makes the order final (8 CFR 1241.1(b))", () => {
    const state = given(ijOrderedRemoval(), event("AppealWaived", { by: "both" })).state;
    expect([state.protection, state.removal]).toEqual(["final", "final_order"]);
  });

  it("refuses a late appeal (8 CFR 1003.38(b))", () => {
    expect(
      refusalOf(
        given(ijOrderedRemoval()).when(
          { type: "FileAppeal", by: "respondent" },
          "2023-04-01T05:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "court.bia-appeal.late",
      citation: "8 CFR 1003.38(b)",
      message: "The appeal is late: the 30-day period ended on 2023-03-31.",
    });
  });

  it("a dismissed appeal makes the order final; a remand returns to proceedings (8 CFR 1003.1(d)(7))", () => {
    expect([given(dismissed()).state.protection, given(dismissed()).state.removal]).toEqual([
      "final",
      "final_order",
    ]);
    const remanded = given(
      ijOrderedRemoval(),
      event("AppealFiled", { by: "respondent" }),
      event("AppealDecided", { decision: "remanded", removalOrdered: false, outcome: null }),
    ).state;
    expect([remanded.protection, remanded.removal]).toEqual(["in_proceedings", "no_order"]);
  });

  it("refuses a remand that keeps a removal order (8 CFR 1003.1(d)(7))", () => {
    const appealed = [...ijOrderedRemoval(), event("AppealFiled", { by: "respondent" })];
    expect(
      refusalOf(
        given(appealed).when({ type: "DecideAppeal", decision: "remanded", removalOrdered: true }),
      ),
    ).toEqual({
      rule: "court.appeal.remand-has-no-order",
      citation: "8 CFR 1003.1(d)(7)",
      message: "A remand returns the case to the immigration judge: no removal order stands.",
      field: "removalOrdered",
    });
  });

  it("allows one motion to reopen within 90 days (8 CFR 1003.23(b)(1))", () => {
    expect(
      given(dismissed()).when(
        { type: "FileMotion", motionId: "m1", kind: "reopen" },
        "2023-08-30T15:00:00Z",
      ),
    ).toEqual({
      ok: true,
      events: [
        {
          type: "MotionFiled",
          data: {
            motionId: "m1",
            kind: "reopen",
            staysRemoval: false,
            inAbsentiaLackOfNotice: false,
          },
        },
      ],
    });
    const filed = [
      ...dismissed(),
      event(
        "MotionFiled",
        { motionId: "m1", kind: "reopen", staysRemoval: false, inAbsentiaLackOfNotice: false },
        "2023-06-10T15:00:00Z",
      ),
    ];
    expect(
      refusalOf(given(filed).when({ type: "FileMotion", motionId: "m2", kind: "reopen" })),
    ).toEqual({
      rule: "court.motion.number-limit",
      citation: "8 CFR 1003.23(b)(1)",
      message: "A motion to reopen was already filed on 2023-06-10: only one is allowed.",
      field: "kind",
    });
  });

  it("refuses a motion to reopen after 90 days (8 CFR 1003.23(b)(1))", () => {
    // Final order 2023-06-01; day 90 is 2023-08-30 (Wed).
    expect(
      refusalOf(
        given(dismissed()).when(
          { type: "FileMotion", motionId: "m1", kind: "reopen" },
          "2023-08-31T15:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "court.motion.reopen-late",
      citation: "INA 240(c)(7)(C)(i); 8 CFR 1003.23(b)(1); 8 CFR 1003.2(c)(2)",
      message:
        "The time for a motion to reopen ended on 2023-08-30 (90 days from the final order of 2023-06-01).",
    });
  });

  it("refuses a lack-of-notice motion on an order made in person (INA 240(b)(5)(C)(ii))", () => {
    expect(
      refusalOf(
        given(dismissed()).when({
          type: "FileMotion",
          motionId: "m1",
          kind: "reopen",
          inAbsentiaLackOfNotice: true,
        }),
      ),
    ).toEqual({
      rule: "court.motion.not-in-absentia",
      citation: "INA 240(b)(5)(C)(ii)",
      message: "The order was not made in absentia, so a motion for lack of notice does not lie.",
      field: "inAbsentiaLackOfNotice",
    });
  });

  it("a granted motion reopens proceedings and vacates the order (8 CFR 1003.23(b))", () => {
    const filed = [
      ...dismissed(),
      event("MotionFiled", {
        motionId: "m1",
        kind: "reopen",
        staysRemoval: false,
        inAbsentiaLackOfNotice: false,
      }),
    ];
    const reopened = given(filed, event("MotionDecided", { motionId: "m1", granted: true })).state;
    expect([reopened.protection, reopened.removal]).toEqual(["in_proceedings", "no_order"]);
    expect(
      refusalOf(given(dismissed()).when({ type: "DecideMotion", motionId: "m7", granted: true })),
    ).toEqual({
      rule: "court.motion.not-pending",
      citation: "8 CFR 1003.23(b)",
      message: "No pending motion m7 is on the record.",
      field: "motionId",
    });
  });

  it("records a petition for review, which does not stay removal (INA 242(b)(3)(B))", () => {
    const petitioned = given(dismissed(), event("PetitionForReviewFiled", { court: "ca9" }));
    expect(
      petitioned.when({
        type: "ScheduleRemoval",
        flightId: "5f0c3a52-8f7e-4d3a-9b1e-2f4a6c8d0e11",
        destination: "RU",
        departsAt: "2023-07-01T15:00:00Z",
      }).ok,
    ).toBe(true);
  });
});
