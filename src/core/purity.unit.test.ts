import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
/** Every area: a folder of src/ with the domain part an area contributes. */
const areas = readdirSync(join(root, "src")).filter((name) =>
  statSync(join(root, "src", name, "domain.ts"), { throwIfNoEntry: false }),
);
const pureAreaFiles = [
  "events.ts",
  "decide.ts",
  "rules.ts",
  "guard.ts",
  "state.ts",
  "transitions.ts",
  "steps.ts",
];
const purePolicy = ["policyInForce.ts", "policyLog.ts", "ports.ts", "types.ts"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * The pure core (conventions.md): src/core/**, each area's facts, events, deciders, rules, guard,
 * transitions and steps, the policy model, and the appointment lottery and identity matching.
 */
function pureFiles(): string[] {
  const core = ["core", "appointments/lottery", "appointments/identity"].flatMap((folder) =>
    walk(join(root, "src", folder)),
  );
  const areaFiles = [
    ...areas.flatMap((area) => pureAreaFiles.map((file) => join(root, "src", area, file))),
    ...purePolicy.map((file) => join(root, "src", "policy", file)),
  ];
  return [...core, ...areaFiles.filter((path) => statSync(path, { throwIfNoEntry: false }))].filter(
    (path) => path.endsWith(".ts") && !path.endsWith(".test.ts"),
  );
}

const forbiddenImport =
  /from\s+["'](node:[^"']*|fastify[^"']*|@fastify\/[^"']*|kysely|pg|@electric-sql\/[^"']*|pino|[^"']*\/platform(\/[^"']*)?)["']/;

function impurities(path: string, source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const name = relative(root, path);
  if (forbiddenImport.test(code)) found.push(`${name}: imports I/O or platform`);
  if (/Date\.now\s*\(/.test(code)) found.push(`${name}: reads the clock (Date.now)`);
  if (/new\s+Date\s*\(\s*\)/.test(code)) found.push(`${name}: reads the clock (new Date())`);
  if (/performance\.now\s*\(/.test(code)) found.push(`${name}: reads the clock (performance.now)`);
  if (/Math\.random\s*\(/.test(code))
    found.push(`${name}: draws unseeded randomness (Math.random)`);
  if (!name.endsWith(join("core", "calendar.ts")) && /new\s+Date\s*\(/.test(code)) {
    found.push(`${name}: constructs a Date outside calendar.ts`);
  }
  return found;
}

describe("the pure core (conventions.md, 'Pure core, thin edges')", () => {
  it("finds the files it checks", () => {
    expect(areas).toEqual(expect.arrayContaining(["custody", "court", "removal", "people"]));
    expect(pureFiles().length).toBeGreaterThan(60);
  });

  it("imports no I/O or platform module and never reads the clock", () => {
    const found = pureFiles().flatMap((path) => impurities(path, readFileSync(path, "utf8")));
    expect(found).toEqual([]);
  });

  it("would catch an offender", () => {
    const at = join(root, "src", "custody", "decide.ts");
    expect(impurities(at, 'import { readFileSync } from "node:fs";')).toHaveLength(1);
    expect(impurities(at, 'import { db } from "../platform/database/db.ts";')).toHaveLength(1);
    expect(impurities(at, "const now = new Date();")).toHaveLength(2);
    expect(impurities(at, "const t = Date.now();")).toHaveLength(1);
    expect(impurities(at, 'const d = new Date("2022-01-01");')).toHaveLength(1);
  });
});
