/**
 * Every value a person reads on a case that the API can return as a code, by kind, taken from
 * the server's own sources: the regions of the process model, the enumerations in the events'
 * schemas, the reference tables (ports, detention facilities, courts), the roles and the
 * automatic actors, and the rule ids refusals name. The web's catalogues must name each one in
 * every language (web/src/i18n/readableValues.unit.test.ts), so a value added here, or to any of
 * these sources, waits for its words before it ships.
 */
import { z } from "zod";
import { courts } from "./court/docket/courts.ts";
import { detentionFacilities } from "./custody/facilities.ts";
import { DEMO_ACTOR } from "./demo/seed.ts";
import { actorRoles } from "./demo/stories/common.ts";
import { NOTICE_SYSTEM_ACTOR } from "./notices/delivery.ts";
import { pathway } from "./pathway.ts";
import { roles } from "./platform/auth/roles.ts";
import { portIds } from "./policy/ports.ts";

type JsonSchema = {
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
};

/** Each field of an event's data (nested ones by their own name) with the codes it may hold. */
function fieldsOf(schema: z.ZodType): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (node: JsonSchema | undefined, field: string | null) => {
    if (!node) return;
    const codes = [...(node.enum ?? []), ...(node.const === undefined ? [] : [node.const])];
    if (field !== null) {
      const entry = found.get(field) ?? new Set<string>();
      for (const code of codes) if (typeof code === "string") entry.add(code);
      found.set(field, entry);
    }
    for (const [name, child] of Object.entries(node.properties ?? {})) visit(child, name);
    visit(node.items, field);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
      visit(branch, field);
    }
  };
  visit(z.toJSONSchema(schema, { unrepresentable: "any", io: "output" }) as JsonSchema, null);
  return found;
}

const eventFields = new Map<string, Set<string>>();
for (const schema of Object.values(pathway.eventSchemas)) {
  for (const [field, codes] of fieldsOf(schema)) {
    const entry = eventFields.get(field) ?? new Set<string>();
    for (const code of codes) entry.add(code);
    eventFields.set(field, entry);
  }
}

/** Fields whose codes are places with their own reference table, not words of the catalogue. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(["port"]);

/** A `system:<job>` actor's job: `system:notices` → `notices`. */
const jobOf = (actor: string) => actor.replace(/^system:/, "");

/**
 * The summary shows an order under a stay as "stayed" (stays are kept beside the removal region,
 * see removal/domain.ts `summarize`), a value no region's table lists.
 */
const SUMMARY_ONLY: Readonly<Record<string, readonly string[]>> = { removal: ["stayed"] };

export const readableValues = {
  /** Where a case stands: each region's values (`state.<region>.<value>`). */
  status: Object.fromEntries(
    pathway.regions.map((region) => [
      region.name,
      [...region.values, ...(SUMMARY_ONLY[region.name] ?? [])],
    ]),
  ) as Readonly<Record<string, readonly string[]>>,
  /** Outcomes, dispositions and the other codes inside events' data (`value.<code>`). */
  value: [
    ...new Set(
      [...eventFields].flatMap(([field, codes]) => (PLACE_FIELDS.has(field) ? [] : [...codes])),
    ),
  ].sort(),
  /** The names of the events' data fields a timeline shows (`data.<field>`). */
  field: [...eventFields.keys()].sort(),
  port: [...portIds],
  facility: detentionFacilities.map((facility) => facility.id),
  court: courts.map((court) => court.id),
  /** Who recorded an event: an account is named by its role, never by its id. */
  role: [...roles],
  /** The engine's own work, by job: `system:notices` → `notices`. */
  systemJob: [DEMO_ACTOR, NOTICE_SYSTEM_ACTOR].map(jobOf),
  /** The demo stories' actors and the role each works in. */
  storyActor: actorRoles,
} as const;

export type ReadableKind = keyof typeof readableValues;

/**
 * The rule ids a refusal names, from a decider source handed in (file text): the literal first
 * argument of every `refusal(...)` call (each branch of a conditional one), for a template
 * literal the pattern with each `${...}` as `*`; the literal first argument of calls to a helper
 * declared `function name(rule...` that passes its `rule` on; and for an id read from an object
 * (`reasons.rule`), each `rule: "..."` the file writes. Whatever else is passed as the id is
 * returned under `other`, for the caller to account for.
 */
export function refusalRulesIn(source: string): {
  ids: string[];
  patterns: string[];
  other: string[];
} {
  const ids: string[] = [];
  const patterns: string[] = [];
  const other: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  const literals = (text: string) =>
    [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? "");
  const helpers = [...code.matchAll(/\bfunction\s+(\w+)\s*\(\s*rule\b/g)].map((match) => match[1]);
  for (const helper of helpers) {
    for (const call of code.matchAll(new RegExp(`\\b${helper}\\(\\s*"([^"]*)"`, "g"))) {
      ids.push(call[1] ?? "");
    }
  }
  for (const match of code.matchAll(/\brefusal\(\s*("([^"]*)"|`([^`]*)`|([^,)]+))/g)) {
    const [, , literal, template, expression = ""] = match;
    if (literal !== undefined) ids.push(literal);
    else if (template !== undefined) patterns.push(template.replace(/\$\{[^}]*\}/g, "*"));
    else if (literals(expression).length > 0) ids.push(...literals(expression));
    else if (/^\w+\.rule$/.test(expression.trim())) {
      ids.push(...[...code.matchAll(/\brule:\s*"([^"]*)"/g)].map((found) => found[1] ?? ""));
    } else if (!helpers.length || expression.trim() !== "rule") other.push(expression.trim());
  }
  return { ids, patterns, other };
}

/** Rule ids refusals name through a table rather than a literal: the due-process guard's. */
export const tabledRefusalRules: readonly string[] = pathway.ruleTables.flatMap((table) =>
  table.rows.map((row) => (row[0] ?? "").replaceAll("`", "")),
);
