import { describe, expect, it } from "vitest";
import type { CaseEvent } from "../core/caseLog.ts";
import { type CommandInput, pathway } from "../pathway.ts";
import { policyContext } from "../policy/context.ts";
import type { PolicyChange } from "../policy/types.ts";
import {
  expeditedOrder,
  ijOrderedRemoval,
  inProceedings,
  negativeServed,
  opened,
} from "../testing/histories.ts";
import { event, given, outcome } from "../testing/kit.ts";
import { flightCommandTypes } from "./decide.ts";
import { activeStays, travelDocumentValid } from "./state.ts";

describe("removal: orders and stays", () => {
  it("orders expedited removal after the person declines IJ review (INA 235(b)(1)(B)(iii)(I))", () => {
    const declined = [
      ...negativeServed(),
      event("IJReviewDeclined", { acknowledgedInWriting: true }),
    ];
    expect(given(declined).when({ type: "OrderExpeditedRemoval", country: "RU" })).toEqual({
      ok: true,
      events: [{ type: "ExpeditedRemovalOrdered", data: { country: "RU" } }],
    });
  });

  it("refuses an expedited order outside expedited removal (INA 235(b)(1)(A)(i))", () => {
    const decision = given(inProceedings()).when({ type: "OrderExpeditedRemoval", country: "RU" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.expedited.not-in-expedited-removal",
      citation: "INA 235(b)(1)(A)(i)",
      message:
        "The person was not processed for expedited removal, so no expedited removal order can be made.",
    });
  });

  it("refuses a second stay with the same id (8 CFR 241.6)", () => {
    const stayed = [
      ...expeditedOrder(),
      event("StayGranted", { stayId: "s1", by: "dhs", citation: "8 CFR 241.6" }),
    ];
    const decision = given(stayed).when({ type: "GrantStay", stayId: "s1", by: "dhs" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.stay.duplicate",
      citation: "8 CFR 241.6",
      message: "Stay s1 is already on the record.",
      field: "stayId",
    });
  });

  it("refuses to lift a stay that is not in force (8 CFR 1003.6(b))", () => {
    const decision = given(expeditedOrder()).when({ type: "LiftStay", stayId: "s9" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.stay.not-in-force",
      citation: "8 CFR 1003.6(b); 8 CFR 241.6",
      message: "No stay s9 is in force.",
      field: "stayId",
    });
  });

  it("shows a stayed order as 'stayed' in the summary without leaving the removal region's value", async () => {
    const { pathway } = await import("../pathway.ts");
    const state = given(
      expeditedOrder(),
      event("StayGranted", { stayId: "s1", by: "bia", citation: "8 CFR 1003.6(b)" }),
    ).state;
    expect([state.removal, pathway.summarize(state).removal]).toEqual(["final_order", "stayed"]);
  });
});

const FLIGHT = "5f0c3a52-8f7e-4d3a-9b1e-2f4a6c8d0e11";
const OTHER_FLIGHT = "9a1d2b3c-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
const onFlight = (departsAt: string, flightId = FLIGHT) =>
  ({ type: "ScheduleRemoval", flightId, destination: "RU", departsAt }) as const;
const scheduledOn = (departsAt: string, flightId = FLIGHT) =>
  event(
    "RemovalScheduled",
    { country: "RU", scheduledFor: departsAt, flightId },
    "2023-01-09T15:00:00Z",
  );

/** A decision with an administrator's pause of removals to Russia from `from` on. */
function withPause(events: readonly CaseEvent[], command: CommandInput, at: string, from: string) {
  const pause: PolicyChange = {
    id: "test-pause",
    kind: "removalsToCountry",
    country: "RU",
    paused: true,
    effectiveAt: from,
    citation: "ICE statement (test)",
    note: "Flights suspended.",
  };
  return pathway.decide(
    given(events).state,
    pathway.commandSchema.parse(command),
    policyContext(at, "test", [pause]),
  );
}

describe("removal: the guard at the flight's departure", () => {
  it("schedules onto a flight with its destination and departure (INA 241(a)(1))", () => {
    expect(outcome(given(expeditedOrder()).when(onFlight("2023-06-20T14:00:00Z")))).toEqual([
      {
        type: "RemovalScheduled",
        data: { country: "RU", scheduledFor: "2023-06-20T14:00:00Z", flightId: FLIGHT },
      },
    ]);
  });

  it("refuses a flight that departs after a pause starts, though the pause starts after the command", () => {
    const decision = withPause(
      expeditedOrder(),
      onFlight("2023-07-10T14:00:00Z"),
      "2023-06-01T15:00:00Z",
      "2023-07-01T04:00:00Z",
    );
    expect(decision.ok ? null : decision.refusal).toMatchObject({
      rule: "removal.policy.country-paused",
      citation: "ICE statement (test)",
    });
    const before = withPause(
      expeditedOrder(),
      onFlight("2023-06-20T14:00:00Z"),
      "2023-06-01T15:00:00Z",
      "2023-07-01T04:00:00Z",
    );
    expect(before.ok).toBe(true);
  });

  it("refuses to remove on a flight whose departure a later pause covers, though the person was put on it before (INA 241(a)(1))", () => {
    const scheduled = [...expeditedOrder(), scheduledOn("2023-07-10T14:00:00Z")];
    const decision = withPause(
      scheduled,
      { type: "ExecuteRemoval" },
      "2023-07-10T13:00:00Z",
      "2023-07-01T04:00:00Z",
    );
    expect(decision.ok ? null : decision.refusal?.rule).toBe("removal.policy.country-paused");
  });

  it("removes on the flight's date when the pause only starts after it departed", () => {
    const scheduled = [...expeditedOrder(), scheduledOn("2023-06-20T14:00:00Z")];
    const decision = withPause(
      scheduled,
      { type: "ExecuteRemoval" },
      "2023-07-02T15:00:00Z",
      "2023-07-01T04:00:00Z",
    );
    expect(outcome(decision)).toEqual([
      { type: "RemovalExecuted", data: { country: "RU", flightId: FLIGHT } },
    ]);
  });

  it("refuses a flight that has left, and a second schedule while one stands", () => {
    const left = given(expeditedOrder()).when(onFlight("2023-05-01T14:00:00Z"));
    expect(left.ok ? null : left.refusal).toMatchObject({
      rule: "removal.schedule.flight-departed",
      field: "departsAt",
    });
    const twice = given([...expeditedOrder(), scheduledOn("2023-06-20T14:00:00Z")]).when(
      onFlight("2023-06-27T14:00:00Z", OTHER_FLIGHT),
    );
    expect(twice.ok ? null : twice.refusal.rule).toBe("removal.schedule.already-scheduled");
  });

  it("moves a scheduled removal onto another flight, guarded at the new departure", () => {
    const scheduled = [...expeditedOrder(), scheduledOn("2023-06-20T14:00:00Z")];
    const moved = given(scheduled).when({
      ...onFlight("2023-06-27T14:00:00Z", OTHER_FLIGHT),
      type: "RescheduleRemoval",
    });
    expect(outcome(moved)).toEqual([
      {
        type: "RemovalScheduled",
        data: { country: "RU", scheduledFor: "2023-06-27T14:00:00Z", flightId: OTHER_FLIGHT },
      },
    ]);
    const movedState = given(
      scheduled,
      event("RemovalScheduled", {
        country: "RU",
        scheduledFor: "2023-06-27T14:00:00Z",
        flightId: OTHER_FLIGHT,
      }),
    ).state;
    expect([movedState.removal, movedState.removalPlan?.flightId]).toEqual([
      "scheduled",
      OTHER_FLIGHT,
    ]);
    const same = given(scheduled).when({
      ...onFlight("2023-06-20T14:00:00Z"),
      type: "RescheduleRemoval",
    });
    expect(same.ok ? null : same.refusal.rule).toBe("removal.reschedule.same-flight");
    const none = given(expeditedOrder()).when({
      ...onFlight("2023-06-27T14:00:00Z", OTHER_FLIGHT),
      type: "RescheduleRemoval",
    });
    expect(none.ok ? null : none.refusal.rule).toBe("removal.reschedule.not-scheduled");
  });

  it("calls off a scheduled removal: the order stays final, the person in detention (INA 241(a)(1)-(2))", () => {
    const scheduled = [...expeditedOrder(), scheduledOn("2023-06-20T14:00:00Z")];
    const cancel = { type: "CancelRemoval", reason: "The charter was cancelled." } as const;
    expect(outcome(given(scheduled).when(cancel))).toEqual([
      {
        type: "RemovalCancelled",
        data: { reason: "The charter was cancelled.", flightId: FLIGHT },
      },
    ]);
    const cancelled = given(
      scheduled,
      event("RemovalCancelled", { reason: "The charter was cancelled.", flightId: FLIGHT }),
    ).state;
    expect([cancelled.removal, cancelled.custody, cancelled.removalPlan]).toEqual([
      "final_order",
      "detained",
      null,
    ]);
    const refused = given(expeditedOrder()).when(cancel);
    expect(refused.ok ? null : refused.refusal).toEqual({
      rule: "removal.cancel.not-scheduled",
      citation: "INA 241(a)(1)",
      message: "No removal is scheduled (removal: final_order), so there is none to call off.",
    });
  });

  it("records a failed attempt on the flight it failed on (INA 243(a))", () => {
    const scheduled = [...expeditedOrder(), scheduledOn("2023-06-20T14:00:00Z")];
    expect(
      outcome(
        given(scheduled).when({ type: "RecordFailedRemovalAttempt", reason: "refused_to_board" }),
      ),
    ).toEqual([
      {
        type: "RemovalAttemptFailed",
        data: { reason: "refused_to_board", detail: null, flightId: FLIGHT },
      },
    ]);
  });
});

describe("removal: who orders, and stays that outlive their order", () => {
  it("lets ICE order expedited removal as well as CBP (8 CFR 235.3(b)(1))", () => {
    expect(pathway.commandRoles.OrderExpeditedRemoval).toEqual(["cbp_officer", "ice_officer"]);
  });

  it("runs the flight commands only through a flight's manifest", () => {
    for (const type of flightCommandTypes) expect(pathway.commandRoles[type], type).toEqual([]);
  });

  const stayedOrder = () => [
    ...expeditedOrder(),
    event(
      "StayGranted",
      { stayId: "s1", by: "dhs", citation: "8 CFR 241.6" },
      "2023-01-02T15:00:00Z",
    ),
  ];

  it("records which order a stay stays", () => {
    const state = given(stayedOrder()).state;
    expect(state.stays[0]?.orderAt).toBe(state.order?.at);
  });

  it("lets a stay lapse when its order is vacated, so it cannot block the next order (8 CFR 208.30(g)(2)(iv)(A))", () => {
    const reconsidered = [
      ...stayedOrder(),
      event(
        "CredibleFearReconsidered",
        { outcome: "positive", reasons: "New evidence." },
        "2023-02-01T15:00:00Z",
      ),
    ];
    const state = given(reconsidered).state;
    expect([state.order, state.stays[0]?.lapsedAt, activeStays(state)]).toEqual([
      null,
      "2023-02-01T15:00:00Z",
      [],
    ]);
    const lift = given(reconsidered).when({ type: "LiftStay", stayId: "s1" });
    expect(lift.ok ? null : lift.refusal).toEqual({
      rule: "removal.stay.not-in-force",
      citation: "8 CFR 1003.6(b); 8 CFR 241.6",
      message:
        "No stay s1 is in force: it lapsed on 2023-02-01 when the order it stayed was vacated.",
      field: "stayId",
    });
  });

  it("lets a stay lapse when a granted motion vacates the order (8 CFR 1003.23(b))", () => {
    const ordered = [
      ...ijOrderedRemoval(),
      event("AppealWaived", { by: "both" }, "2023-03-01T20:05:00Z"),
      event("StayGranted", { stayId: "s2", by: "ij", citation: "8 CFR 1003.23(b)(1)(v)" }),
      event("MotionFiled", {
        motionId: "m1",
        kind: "reopen",
        staysRemoval: false,
        inAbsentiaLackOfNotice: false,
      }),
      event("MotionDecided", { motionId: "m1", granted: true }, "2023-06-02T15:00:00Z"),
    ];
    const state = given(ordered).state;
    expect([state.removal, state.stays[0]?.lapsedAt]).toEqual(["no_order", "2023-06-02T15:00:00Z"]);
  });

  it("keeps a stay in force while its order stands, and lifts it whatever the removal region holds", () => {
    const dismissed = [
      ...ijOrderedRemoval(),
      event("AppealFiled", { by: "respondent" }, "2023-03-20T15:00:00Z"),
      event("StayGranted", { stayId: "s3", by: "bia", citation: "8 CFR 1003.6(b)" }),
      event(
        "AppealDecided",
        { decision: "dismissed", removalOrdered: true, outcome: "denied" },
        "2023-06-05T15:00:00Z",
      ),
    ];
    const state = given(dismissed).state;
    expect(activeStays(state).map((stay) => stay.stayId)).toEqual(["s3"]);
    expect(outcome(given(dismissed).when({ type: "LiftStay", stayId: "s3" }))).toEqual([
      { type: "StayLifted", data: { stayId: "s3" } },
    ]);
  });
});

describe("travel documents", () => {
  it("records the document without its number, and tells whether it is good for a flight", () => {
    const decision = given(opened()).when({
      type: "RecordTravelDocument",
      kind: "passport",
      country: "RU",
      validUntil: "2030-05-31",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "TravelDocumentRecorded",
          data: { kind: "passport", country: "RU", validUntil: "2030-05-31" },
        },
      ],
    });
    const passport = { kind: "passport" as const, country: "RU", validUntil: "2030-05-31" };
    expect(travelDocumentValid(passport, "RU", "2030-05-31")).toBe(true);
    expect(travelDocumentValid(passport, "RU", "2030-06-01")).toBe(false);
    expect(travelDocumentValid(passport, "GE", "2026-01-01")).toBe(false);
    expect(travelDocumentValid({ ...passport, validUntil: null }, "RU", "2099-01-01")).toBe(true);
    expect(travelDocumentValid(null, "RU", "2026-01-01")).toBe(false);
  });
});
