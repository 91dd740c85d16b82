import { describe, expect, it } from "vitest";
import { pathway } from "../pathway.ts";
import { defaultPolicyLog, policyInForce } from "../policy/index.ts";
import { deadlines, run as runSteps } from "../testing/kit.ts";
import { demoFlights } from "./stories/flights.ts";
import { demoStories } from "./stories/index.ts";
import { storyStepProblem } from "./storyRoles.ts";

const { commandSchema, decide, nextSteps, summarize } = pathway;

const finalStates: Record<string, [custody: string, protection: string, removal: string]> = {
  teacher: ["released_parole", "in_proceedings", "no_order"],
  "family-mother": ["released_recognizance", "in_proceedings", "no_order"],
  "family-father": ["released_recognizance", "in_proceedings", "no_order"],
  "younger-brother": ["removed", "ij_review_affirmed", "executed"],
  "older-brother": ["detained", "in_proceedings", "no_order"],
  "detained-months": ["released_parole", "in_proceedings", "no_order"],
  "bond-20000": ["detained", "in_proceedings", "no_order"],
  "awaiting-flight": ["detained", "none", "final_order"],
};

function run(key: string) {
  const result = runSteps(demoStories[key] ?? []);
  if (!result.ok)
    throw new Error(`${key}: step ${result.failedAt} refused: ${result.refusal.message}`);
  return result;
}

describe("the demo stories run through the engine", () => {
  for (const [key, expected] of Object.entries(finalStates)) {
    it(`${key} ends ${expected.join(" / ")}`, () => {
      const { state } = run(key);
      const summary = summarize(state);
      expect([summary.custody, summary.protection, summary.removal]).toEqual(expected);
    });
  }

  it("covers every story", () =>
    expect(Object.keys(demoStories).sort()).toEqual(Object.keys(finalStates).sort()));

  it("gives every step after the opening to a role that may run it, as the command route or the flight routes would", () => {
    const problems = Object.entries(demoStories).flatMap(([key, steps]) =>
      steps.slice(1).flatMap((step) => {
        const problem = storyStepProblem(pathway, step);
        return problem ? [`${key} ${step.at}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
    expect(
      storyStepProblem(pathway, {
        at: "2023-01-01T00:00:00Z",
        actor: "cbp-officer",
        command: { type: "ExecuteRemoval" },
      }),
    ).toBe("cbp_officer may not run ExecuteRemoval");
  });

  it("puts the removals on the demo's flights, each on its departure (INA 241(a)(1))", () => {
    const plans = ["younger-brother", "detained-months", "bond-20000"].map((key) =>
      run(key).events.flatMap((event) =>
        event.type === "RemovalScheduled" ? [event.data.flightId, event.data.scheduledFor] : [],
      ),
    );
    expect(plans).toEqual([
      [demoFlights.sanDiego.id, demoFlights.sanDiego.departsAt],
      [demoFlights.alexandria.id, demoFlights.alexandria.departsAt],
      [demoFlights.imperial.id, demoFlights.imperial.departsAt],
    ]);
  });

  it("the older brother cannot be removed: the guard names the pending proceedings (INA 240(a)(3))", () => {
    const { state } = run("older-brother");
    const at = "2023-09-01T15:00:00Z";
    const decision = decide(
      state,
      commandSchema.parse({
        type: "ScheduleRemoval",
        flightId: "de300000-0000-4000-8000-000000000199",
        destination: "RU",
        departsAt: "2023-09-10T15:00:00Z",
      }),
      {
        now: at,
        actor: "ice-officer",
        policy: policyInForce(defaultPolicyLog, at),
        policyAt: (instant) => policyInForce(defaultPolicyLog, instant),
      },
    );
    expect(decision.ok ? null : decision.refusal).toMatchObject({
      rule: "removal.guard.proceedings-pending",
      message: expect.stringContaining("removal proceedings are pending before eoir-york"),
    });
  });

  it("the refusal to board and the fainting are on the record (INA 243(a))", () => {
    expect(run("detained-months").state.attempts.map((attempt) => attempt.reason)).toEqual([
      "refused_to_board",
    ]);
    expect(run("bond-20000").state.attempts.map((attempt) => attempt.reason)).toEqual(["medical"]);
  });

  it("the $20,000 bond is set and shows as the next step", () => {
    const { state, events } = run("bond-20000");
    expect(state.bond).toMatchObject({ amountCents: 2_000_000, posted: false, setBy: "ij" });
    const steps = nextSteps(state, deadlines(events, "2023-05-20T15:00:00Z"));
    expect(steps).toContainEqual({ key: "nextStep.postBond", params: { amountUsd: 20000 } });
    expect(steps).toContainEqual({
      key: "nextStep.attendHearing",
      params: { at: "2023-06-07T16:00:00Z", kind: "master", court: "eoir-imperial" },
    });
  });

  it("Irina's one-year asylum deadline was met by her I-589 (INA 208(a)(2)(B))", () => {
    const { events } = run("teacher");
    const oneYear = deadlines(events, "2023-06-01T00:00:00Z").find(
      (d) => d.ruleId === "protection.asylum-one-year",
    );
    expect(oneYear).toMatchObject({ due: "2023-03-20", status: "met" });
  });
});
