import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemblePathway, renderProcessDoc, renderRulesDoc } from "./core/pathway/index.ts";
import { transitionTable } from "./core/regions/index.ts";
import { noticeCommandTypes } from "./notices/decide.ts";
import { modules, pathway } from "./pathway.ts";
import { flightCommandTypes } from "./removal/decide.ts";

const table = transitionTable(pathway.regions);
const applyTransitions = table.apply;
const checkTransitions = table.check;
const transitions = pathway.regions.flatMap((region) => region.transitions);
const regions = pathway.regions.map((region) => region.name);
const regionValues: Record<string, readonly string[]> = Object.fromEntries(
  pathway.regions.map((region) => [region.name, region.values]),
);

function stateWith(region: string, value: string) {
  return { ...pathway.projection.initial(), opened: true, [region]: value };
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
      const outside = (regionValues[region] ?? []).find((value) => !allowed.has(value));
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
      const values = regionValues[transition.region] ?? [];
      for (const value of [...transition.from, transition.to]) {
        if (value !== "same") expect(values).toContain(value);
      }
    }
  });
});

describe("docs/rules.md and docs/process.md", () => {
  const docs = join(import.meta.dirname, "..", "docs");
  it("are up to date with the areas' tables (run: node --import tsx scripts/gen-rules-doc.ts)", () => {
    expect(readFileSync(join(docs, "rules.md"), "utf8")).toBe(renderRulesDoc(pathway));
    expect(readFileSync(join(docs, "process.md"), "utf8")).toBe(renderProcessDoc(pathway));
  });

  it("list every deadline rule with its citation, each id once", () => {
    const doc = renderRulesDoc(pathway);
    for (const rule of pathway.deadlineRules) expect(doc).toContain(`\`${rule.id}\``);
    const ids = pathway.deadlineRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the assembled pathway", () => {
  const domains = modules.flatMap((module) => ("domain" in module ? [module.domain] : []));

  it("declares every event and command once, each command with the roles that may run it", () => {
    expect(pathway.eventTypes.length).toBeGreaterThan(40);
    expect(new Set(pathway.commandTypes).size).toBe(pathway.commandTypes.length);
    for (const type of pathway.commandTypes) {
      // A removal flight's commands run only through its manifest (removal/flights/routes.ts).
      if ((flightCommandTypes as readonly string[]).includes(type)) continue;
      // A family unit is linked on every member's case at once (encounters/routes.ts).
      if (type === "LinkFamilyUnit") continue;
      // A notice's delivery is recorded by Haven itself (notices/delivery.ts).
      if ((noticeCommandTypes as readonly string[]).includes(type)) continue;
      expect(pathway.commandRoles[type]?.length, type).toBeGreaterThan(0);
    }
  });

  it("refuses a transition, a deadline or a handler that names an event nobody declares", () => {
    expect(() =>
      assemblePathway([
        ...domains,
        {
          name: "misnamed",
          facts: () => ({ extra: "a" }),
          regions: [
            {
              name: "extra",
              values: ["a"],
              transitions: [
                { region: "extra", event: "NoSuchEvent", from: ["a"], to: "same", citation: "x" },
              ],
            },
          ],
        },
      ]),
    ).toThrow(/unknown NoSuchEvent/);
    expect(() =>
      assemblePathway([
        ...domains,
        {
          name: "late",
          events: {
            schemas: {},
            evolve: Object.fromEntries([["NoSuchEvent", (state: unknown) => state]]),
          },
        },
      ]),
    ).toThrow(/unknown event NoSuchEvent/);
  });

  it("refuses a command with no roles (default deny made explicit)", () => {
    const custody = domains.find((domain) => domain.name === "custody");
    if (!custody?.commands) throw new Error("custody has commands");
    const { SetBond: _dropped, ...roles } = custody.commands.roles as Record<string, string[]>;
    expect(() =>
      assemblePathway(
        domains.map((domain) =>
          domain === custody ? { ...custody, commands: { ...custody.commands, roles } } : domain,
        ),
      ),
    ).toThrow(/SetBond of custody has no roles/);
  });
});
