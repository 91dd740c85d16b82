import { describe, expect, it } from "vitest";
import { type CaseState, initialCaseState, regions, regionValues } from "../state.ts";
import { applyTransitions, checkTransitions, transitions } from "./index.ts";

function stateWith(region: string, value: string): CaseState {
  return { ...initialCaseState(), opened: true, [region]: value };
}

function dataFor(when: readonly { field: string; equals: string | boolean }[] | undefined) {
  return Object.fromEntries((when ?? []).map((condition) => [condition.field, condition.equals]));
}

describe("every transition of the process model", () => {
  for (const transition of transitions) {
    for (const from of transition.from) {
      const to = transition.to === "same" ? from : transition.to;
      const label = transition.when ? ` when ${JSON.stringify(dataFor(transition.when))}` : "";
      it(`${transition.region}: ${from} --${transition.event}${label}--> ${to} (${transition.citation})`, () => {
        const state = stateWith(transition.region, from);
        const data = dataFor(transition.when);
        expect(checkTransitions(state, transition.event, data)?.rule ?? null).not.toBe(
          `process.${transition.region}.${transition.event}`,
        );
        expect(applyTransitions(state, transition.event, data)[transition.region]).toBe(to);
      });
    }
  }
});

describe("the model refuses what it does not allow", () => {
  for (const region of regions) {
    const events = [...new Set(transitions.filter((t) => t.region === region).map((t) => t.event))];
    for (const type of events) {
      const allowed = new Set<string>(
        transitions.filter((t) => t.region === region && t.event === type).flatMap((t) => t.from),
      );
      const outside = (regionValues[region] as readonly string[]).find(
        (value) => !allowed.has(value),
      );
      if (!outside) continue;
      it(`${region}: ${type} is refused from "${outside}"`, () => {
        const sample = transitions.find((t) => t.region === region && t.event === type);
        // Every other region the event names sits where the event is allowed.
        const others = Object.fromEntries(
          regions
            .filter((other) => other !== region)
            .flatMap((other) => {
              const row = transitions.find((t) => t.region === other && t.event === type);
              return row ? [[other, row.from[0]]] : [];
            }),
        );
        const state = { ...stateWith(region, outside), ...others };
        const data = Object.assign(
          {},
          ...transitions
            .filter((t) => t.event === type && t.region !== region)
            .map((t) => dataFor(t.when)),
          dataFor(sample?.when),
        );
        const refusal = checkTransitions(state, type, data);
        expect(refusal?.rule).toBe(`process.${region}.${type}`);
        expect(refusal?.message).toContain(
          `${type} is not allowed while ${region} is "${outside}"`,
        );
      });
    }
  }

  it("uses only the region values the web translates (state.<region>.<value>)", () => {
    for (const transition of transitions) {
      const values = regionValues[transition.region] as readonly string[];
      for (const value of [...transition.from, transition.to]) {
        if (value !== "same") expect(values).toContain(value);
      }
    }
  });
});
