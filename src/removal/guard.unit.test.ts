import { describe, expect, it } from "vitest";
import { demoSlotAt } from "../demo/docket.ts";
import { defaultPolicyLog } from "../policy/index.ts";
import {
  detainedAfterFearClaim,
  expeditedOrder,
  hearingNoticeMailedSteps,
  ijOrderedRemoval,
  inProceedings,
  negativeServed,
  positiveServed,
} from "../testing/histories.ts";
import { event, given, history, step } from "../testing/kit.ts";

const FLIGHT = "5f0c3a52-8f7e-4d3a-9b1e-2f4a6c8d0e11";

const schedule = {
  type: "ScheduleRemoval",
  flightId: FLIGHT,
  destination: "RU",
  departsAt: "2023-06-20T14:00:00Z",
} as const;

function refusalOf(decision: ReturnType<ReturnType<typeof given>["when"]>) {
  return decision.ok ? null : decision.refusal;
}

describe("the due-process guard: no removal while a blocking fact holds", () => {
  it("schedules a removal on a final expedited order (8 CFR 1241.1; INA 241(a)(1))", () => {
    expect(given(expeditedOrder()).when(schedule)).toEqual({
      ok: true,
      events: [
        {
          type: "RemovalScheduled",
          data: { country: "RU", scheduledFor: "2023-06-20T14:00:00Z", flightId: FLIGHT },
        },
      ],
    });
  });

  it("bars removal while the credible-fear screening is pending (INA 235(b)(1)(A)(ii))", () => {
    expect(refusalOf(given(detainedAfterFearClaim()).when(schedule))).toEqual({
      rule: "removal.guard.credible-fear-pending",
      citation: "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)",
      message:
        "Removal is barred: the person claimed fear and the credible-fear screening is not done (protection: fear_claimed) (A person who claims fear is referred for a credible-fear interview, not removed; INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)).",
    });
  });

  it("bars removal before supervisory review of a negative determination (8 CFR 208.30(e)(8))", () => {
    const unreviewed = negativeServed().slice(0, -1);
    expect(refusalOf(given(unreviewed).when(schedule))).toMatchObject({
      rule: "removal.guard.supervisory-review-pending",
      message: expect.stringContaining(
        "the negative credible-fear determination has not had supervisory review",
      ),
    });
  });

  it("bars removal while the IJ-review request window is open (8 CFR 208.30(g))", () => {
    expect(refusalOf(given(negativeServed()).when(schedule))).toEqual({
      rule: "removal.guard.ij-review-window-open",
      citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 208.30(g)",
      message:
        "Removal is barred: the person has not said whether they want IJ review of the negative determination served on 2022-12-16 (The person has not yet said whether they want IJ review of the negative determination; INA 235(b)(1)(B)(iii)(III); 8 CFR 208.30(g)).",
    });
  });

  it("bars an expedited order itself while the IJ-review window is open (8 CFR 208.30(g))", () => {
    const decision = given(negativeServed()).when({ type: "OrderExpeditedRemoval", country: "RU" });
    expect(refusalOf(decision)?.rule).toBe("removal.guard.ij-review-window-open");
  });

  it("bars removal while IJ review is pending, counting a refusal to say as a request (8 CFR 208.30(g)(1); 8 CFR 1003.42)", () => {
    const requested = [
      ...negativeServed(),
      event("IJReviewRequested", { how: "declined_to_indicate" }, "2022-12-16T16:00:00Z"),
    ];
    expect(refusalOf(given(requested).when(schedule))).toEqual({
      rule: "removal.guard.ij-review-pending",
      citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42",
      message:
        "Removal is barred: IJ review of the negative credible-fear determination was requested on 2022-12-16 and is pending (IJ review of a negative credible-fear determination is pending; INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42).",
    });
  });

  it("bars removal after a positive determination (8 CFR 208.30(f))", () => {
    expect(refusalOf(given(positiveServed()).when(schedule))?.rule).toBe(
      "removal.guard.positive-credible-fear",
    );
  });

  it("bars removal while removal proceedings are pending (INA 240(a)(3))", () => {
    expect(refusalOf(given(inProceedings()).when(schedule))).toEqual({
      rule: "removal.guard.proceedings-pending",
      citation: "INA 240(a)(3)",
      message:
        "Removal is barred: removal proceedings are pending before eoir-san-diego (Removal proceedings are pending: they are the only way to decide removability; INA 240(a)(3)).",
    });
  });

  it("bars removal while the appeal period runs (8 CFR 1003.6(a))", () => {
    expect(refusalOf(given(ijOrderedRemoval()).when(schedule, "2023-03-10T15:00:00Z"))).toEqual({
      rule: "removal.guard.appeal-period",
      citation: "8 CFR 1003.6(a)",
      message:
        "Removal is barred: the 30-day appeal period runs to 2023-03-31 (Removal is stayed while the appeal period runs; 8 CFR 1003.6(a)).",
    });
  });

  it("bars removal while an appeal is pending (8 CFR 1003.6(a))", () => {
    const appealed = [
      ...ijOrderedRemoval(),
      event("AppealFiled", { by: "respondent" }, "2023-03-20T15:00:00Z"),
    ];
    expect(refusalOf(given(appealed).when(schedule))).toMatchObject({
      rule: "removal.guard.appeal-pending",
      message: expect.stringContaining("an appeal to the BIA is pending, filed 2023-03-20"),
    });
  });

  it("bars removal while a stay is in force, and allows it once lifted (8 CFR 241.6)", () => {
    const stayed = [
      ...expeditedOrder(),
      event(
        "StayGranted",
        { stayId: "s1", by: "dhs", citation: "8 CFR 241.6" },
        "2023-01-02T15:00:00Z",
      ),
    ];
    expect(refusalOf(given(stayed).when(schedule))).toEqual({
      rule: "removal.guard.stay-in-force",
      citation: "8 CFR 241.6",
      message:
        "Removal is barred: a stay granted by dhs on 2023-01-02 is in force (A stay of removal is in force; 8 CFR 241.6).",
    });
    const lifted = [...stayed, event("StayLifted", { stayId: "s1" })];
    expect(given(lifted).when(schedule).ok).toBe(true);
  });

  it("bars removal while a motion to reopen an in-absentia order for lack of notice is pending (INA 240(b)(5)(C))", () => {
    const inAbsentia = history([
      step("2022-12-04T09:00:00Z", "system", {
        type: "OpenCase",
        personId: "p",
        nationality: "RU",
        arrivedAt: null,
      }),
      step("2022-12-10T13:00:00Z", "cbp", {
        type: "RecordEncounter",
        place: "Near Tecate",
        port: null,
      }),
      step("2022-12-10T15:00:00Z", "cbp", {
        type: "ProcessUnderTitle8",
        pathway: "section_240",
        notAcceptedByMexico: true,
      }),
      step("2022-12-10T16:00:00Z", "cbp", { type: "ServeNoticeToAppear", court: "eoir-san-diego" }),
      step("2022-12-11T16:00:00Z", "ice", { type: "ReleaseOnRecognizance" }),
      step("2022-12-20T15:00:00Z", "clerk", {
        type: "ScheduleHearing",
        hearingId: "h-1",
        slotId: demoSlotAt("eoir-san-diego", "2023-02-01T16:00:00Z", "master"),
      }),
      ...hearingNoticeMailedSteps("2022-12-20T15:00:00Z", {
        hearingId: "h-1",
        at: "2023-02-01T16:00:00Z",
      }),
      step("2023-02-01T17:00:00Z", "ij", {
        type: "HoldHearing",
        hearingId: "h-1",
        respondentAppeared: false,
      }),
      step("2023-02-01T17:30:00Z", "ij", {
        type: "IssueIJDecision",
        reasons: "Removable as charged; the findings on each application are stated on the record.",
        outcome: "denied",
        removalOrdered: true,
        inAbsentia: true,
        delivery: "written",
        country: "RU",
      }),
      step("2023-04-01T15:00:00Z", "ice", {
        type: "DetainAtFacility",
        facilityId: "otay-mesa-detention-center",
      }),
      step("2023-04-02T15:00:00Z", "attorney", {
        type: "FileMotion",
        motionId: "m1",
        kind: "reopen",
        inAbsentiaLackOfNotice: true,
      }),
    ]);
    expect(refusalOf(given(inAbsentia).when(schedule))).toEqual({
      rule: "removal.guard.motion-stays-removal",
      citation: "INA 240(b)(5)(C)",
      message:
        "Removal is barred: the motion to reopen filed on 2023-04-02 is pending and stays removal (A motion that stays removal is pending; INA 240(b)(5)(C)).",
    });
  });

  it("refuses to execute without a final order (8 CFR 1241.1)", () => {
    const granted = [
      ...inProceedings(),
      event(
        "IJDecisionIssued",
        {
          outcome: "asylum_granted",
          removalOrdered: false,
          inAbsentia: false,
          delivery: "oral",
          servedOn: "2023-03-01",
          country: null,
        },
        "2023-03-01T20:00:00Z",
      ),
      event("AppealWaived", { by: "both" }, "2023-03-01T20:05:00Z"),
    ];
    expect(refusalOf(given(granted).when({ type: "ExecuteRemoval" }))).toEqual({
      rule: "removal.guard.no-final-order",
      citation: "8 CFR 1241.1",
      message:
        "Removal is barred: there is no final order of removal (removal: no_order) (A removal may be executed only on a final order; 8 CFR 1241.1).",
    });
  });

  it("refuses removal to Russia on a flight that departs while policy pauses it (policy: paused 2022-03-01 to 2022-10-01)", () => {
    const duringPause = { ...schedule, departsAt: "2022-06-20T14:00:00Z" };
    const decision = given(expeditedOrder()).when(duringPause, "2022-06-01T15:00:00Z");
    expect(refusalOf(decision)).toEqual({
      rule: "removal.policy.country-paused",
      citation: defaultPolicyLog.find((entry) => entry.id === "removals.ru.paused")?.citation,
      message:
        "Removal is barred: removals to RU are paused by policy since 2022-03-01 (Removals to the country are paused by policy).",
      field: "country",
    });
  });

  it("executes a scheduled removal and records a failed attempt back to final order and detention (INA 243(a))", () => {
    const scheduled = [
      ...expeditedOrder(),
      event(
        "RemovalScheduled",
        { country: "RU", scheduledFor: "2023-01-17T14:00:00Z" },
        "2023-01-09T15:00:00Z",
      ),
    ];
    expect(given(scheduled).when({ type: "ExecuteRemoval" }, "2023-01-17T14:00:00Z")).toEqual({
      ok: true,
      events: [{ type: "RemovalExecuted", data: { country: "RU" } }],
    });
    const failed = given(
      scheduled,
      event(
        "RemovalAttemptFailed",
        { reason: "refused_to_board", detail: null },
        "2023-01-17T14:30:00Z",
      ),
    );
    expect([failed.state.removal, failed.state.custody, failed.state.attempts[0]?.reason]).toEqual([
      "final_order",
      "detained",
      "refused_to_board",
    ]);
  });
});
