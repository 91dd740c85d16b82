import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, addHours, isBusinessDay } from "../core/calendar.ts";
import { type CaseEvent, fold, sequence } from "../core/caseLog.ts";
import { dueFor } from "../core/deadlines/index.ts";
import { type CaseState, type CommandInput, pathway } from "../pathway.ts";
import { defaultPolicyLog, policyInForce } from "../policy/index.ts";
import {
  expeditedOrder,
  ijOrderedRemoval,
  inAbsentiaOrdered,
  inProceedings,
  negativeServed,
  opened,
  positiveServed,
} from "../testing/histories.ts";

const { commandSchema, decide, deadlineRules } = pathway;
const caseProjection = pathway.projection;
const evolve = caseProjection.evolve;

const FLIGHT_1 = "5f0c3a52-8f7e-4d3a-9b1e-2f4a6c8d0e11";
const FLIGHT_2 = "9a1d2b3c-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

/** A free slot after every scenario's last step (at most 40 steps of 40 days from mid-2023). */
const SLOT = {
  id: "00000000-0000-4000-8000-00000000000a",
  sessionId: "00000000-0000-4000-8000-00000000000a",
  court: "eoir-san-diego",
  judgeId: "ij-san-diego-1",
  room: "1",
  kind: "master" as const,
  startsAt: "2030-01-10T16:00:00Z",
  timeZone: "America/Los_Angeles",
};

const pool: CommandInput[] = [
  { type: "RecordEncounter", place: "Near Tecate", port: null },
  { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
  { type: "ClaimFear", language: "ru" },
  { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" },
  { type: "GrantParole", basis: "urgent_humanitarian" },
  {
    type: "ScheduleCredibleFearInterview",
    scheduledFor: "2023-01-20T15:00:00Z",
    language: "ru",
    consultationWaived: true,
  },
  { type: "RequestIJReview", how: "requested" },
  { type: "RequestIJReview", how: "declined_to_indicate" },
  { type: "DeclineIJReview", acknowledgedInWriting: true },
  { type: "DecideIJReview", decision: "affirmed", judgeId: "ij" },
  { type: "DecideIJReview", decision: "vacated", judgeId: "ij" },
  { type: "ReconsiderCredibleFear", reasons: "new evidence" },
  { type: "OrderExpeditedRemoval", country: "RU" },
  { type: "ServeNoticeToAppear", court: "eoir-san-diego" },
  { type: "ScheduleHearing", hearingId: "hx", slotId: SLOT.id, tenDayPeriodWaived: true },
  { type: "HoldHearing", hearingId: "hx" },
  {
    type: "IssueIJDecision",
    reasons: "Removable as charged; the findings on each application are stated on the record.",
    outcome: "denied",
    removalOrdered: true,
    delivery: "oral",
    country: "RU",
  },
  {
    type: "IssueIJDecision",
    reasons: "Stated on the record.",
    outcome: "asylum_granted",
    removalOrdered: false,
    delivery: "oral",
  },
  { type: "WaiveAppeal" },
  { type: "RecordAppealPeriodExpired" },
  { type: "FileAppeal", by: "respondent" },
  { type: "DecideAppeal", decision: "dismissed", removalOrdered: true },
  { type: "DecideAppeal", decision: "remanded", removalOrdered: false },
  { type: "FileMotion", motionId: "m1", kind: "reopen" },
  { type: "FileMotion", motionId: "m2", kind: "reconsider", inAbsentiaLackOfNotice: true },
  { type: "DecideMotion", motionId: "m1", granted: true },
  { type: "DecideMotion", motionId: "m2", granted: false },
  { type: "GrantStay", stayId: "s1", by: "bia" },
  { type: "LiftStay", stayId: "s1" },
  {
    type: "ScheduleRemoval",
    flightId: FLIGHT_1,
    destination: "RU",
    departsAt: "2024-02-01T15:00:00Z",
  },
  { type: "ExecuteRemoval" },
  { type: "RecordFailedRemovalAttempt", reason: "medical" },
  { type: "CancelRemoval", reason: "The flight was cancelled." },
  {
    type: "RescheduleRemoval",
    flightId: FLIGHT_2,
    destination: "RU",
    departsAt: "2024-03-01T15:00:00Z",
  },
  { type: "ChangeAddress", address: "z" },
  // Removal commands twice over, so that sequences often try them.
  {
    type: "ScheduleRemoval",
    flightId: FLIGHT_2,
    destination: "RU",
    departsAt: "2024-03-01T15:00:00Z",
  },
  { type: "ExecuteRemoval" },
  { type: "GrantStay", stayId: "s2", by: "dhs" },
];

const starts = [
  opened,
  negativeServed,
  positiveServed,
  expeditedOrder,
  inProceedings,
  ijOrderedRemoval,
  inAbsentiaOrdered,
];

/**
 * The blocking facts, written independently of removal/guard.ts (design.md's list), with the
 * policy in force when the flight departs.
 */
function blockingFacts(state: CaseState, country: string, departsAt: string): string[] {
  const facts: string[] = [];
  const pendingScreeningOrCourt = [
    "fear_claimed",
    "cfi_scheduled",
    "cf_positive",
    "ij_review_requested",
    "merits_interview_scheduled",
    "nta_issued",
    "in_proceedings",
    "ij_decided",
    "on_appeal",
  ];
  if (pendingScreeningOrCourt.includes(state.protection))
    facts.push(`protection ${state.protection}`);
  if (state.protection === "cf_negative" && state.credibleFear?.ijReview === "none")
    facts.push("IJ-review window open");
  if (state.stays.some((stay) => stay.liftedAt === null)) facts.push("stay in force");
  if (state.motions.some((motion) => motion.decision === null && motion.staysRemoval))
    facts.push("staying motion");
  if (state.removal !== "final_order" && state.removal !== "scheduled")
    facts.push(`no final order (${state.removal})`);
  if (
    policyInForce(defaultPolicyLog, departsAt).removalsPaused.some(
      (entry) => entry.country === country,
    )
  )
    facts.push("paused");
  return facts;
}

interface Scenario {
  start: number;
  steps: { command: number; hours: number }[];
}

const scenario = fc.record({
  start: fc.integer({ min: 0, max: starts.length - 1 }),
  steps: fc.array(
    fc.record({
      command: fc.integer({ min: 0, max: pool.length - 1 }),
      hours: fc.integer({ min: 1, max: 24 * 40 }),
    }),
    { minLength: 5, maxLength: 40 },
  ),
});

function play({ start, steps }: Scenario) {
  const events: CaseEvent[] = (starts[start] ?? opened)();
  let state = fold(caseProjection, events);
  let now = "2023-06-01T15:00:00Z";
  const checks: { type: string; facts: string[] }[] = [];
  for (const { command, hours } of steps) {
    now = addHours(now, hours);
    const parsed = commandSchema.parse(pool[command]);
    const decision = decide(state, parsed, {
      now,
      actor: "prop",
      policy: policyInForce(defaultPolicyLog, now),
      policyAt: (instant) => policyInForce(defaultPolicyLog, instant),
      references: { hearingSlot: SLOT },
    });
    if (!decision.ok) continue;
    for (const pendingEvent of decision.events) {
      if (pendingEvent.type === "RemovalExecuted" || pendingEvent.type === "RemovalScheduled") {
        const departsAt =
          pendingEvent.type === "RemovalScheduled"
            ? String(pendingEvent.data.scheduledFor)
            : (state.removalPlan?.scheduledFor ?? now);
        checks.push({
          type: pendingEvent.type,
          facts: blockingFacts(state, String(pendingEvent.data.country), departsAt),
        });
      }
    }
    for (const next of sequence("prop", events.length, decision.events, {
      actor: "prop",
      occurredAt: now,
    })) {
      events.push(next);
      state = evolve(state, next);
    }
  }
  return { events, state, checks };
}

describe("properties over generated command sequences", () => {
  it("never schedules or executes a removal while a blocking fact holds (design.md; 8 CFR 1241.1; 8 CFR 1003.6)", () => {
    let removals = 0;
    fc.assert(
      fc.property(scenario, (input) => {
        const { checks } = play(input);
        removals += checks.length;
        for (const check of checks) expect(check.facts).toEqual([]);
      }),
      { numRuns: 600 },
    );
    // The generator does reach removals, so the property is not vacuous.
    expect(removals).toBeGreaterThan(0);
  });

  it("replaying a case's events reproduces the state built step by step, also from stored JSON", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { events, state } = play(input);
        expect(fold(caseProjection, events)).toEqual(state);
        const half = Math.floor(events.length / 2);
        const stored = JSON.parse(
          JSON.stringify(fold(caseProjection, events.slice(0, half))),
        ) as CaseState;
        expect(events.slice(half).reduce(evolve, stored)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});

describe("properties of deadlines", () => {
  const rolling = deadlineRules.filter(
    (rule) => rule.kind === "by" && (rule.rolls || rule.unit === "workingDays"),
  );
  it("a rolling deadline never lands on a weekend or federal holiday (ICPM 3.1; 8 CFR 1003.38(b))", () => {
    expect(rolling.length).toBeGreaterThan(4);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 8 }),
        fc.constantFrom(...rolling),
        (offset, rule) => {
          const due = dueFor(rule, addCalendarDays("2020-01-01", offset)).due;
          expect(isBusinessDay(due)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
