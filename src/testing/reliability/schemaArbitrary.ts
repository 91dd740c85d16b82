import fc from "fast-check";

/** The part of JSON Schema (OpenAPI 3.0 dialect) that Haven's routes are described in. */
export interface JsonSchema {
  type?: string | string[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  examples?: unknown[];
  default?: unknown;
}

/** Values a route may know by name (ids of cases that exist, courts, dates with draws). */
export type KnownValues = Readonly<Record<string, readonly string[]>>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const someDate = fc.date({
  min: new Date("1930-01-01T00:00:00Z"),
  max: new Date("2030-12-31T00:00:00Z"),
  noInvalidDate: true,
});

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  switch (schema.format) {
    case "uuid":
      return fc.uuid();
    case "date":
      return someDate.map(isoDay);
    case "date-time":
      return someDate.map((date) => date.toISOString());
    case "email":
      return fc.emailAddress();
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    return fc
      .stringMatching(pattern, { size: "small" })
      .filter((text) => text.length >= minLength && text.length <= (schema.maxLength ?? 1e9));
  }
  return fc.string({ minLength, maxLength, unit: "grapheme" });
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : undefined;
  const min = schema.minimum ?? low ?? -1_000;
  const max = schema.maximum ?? Math.max(min + 1_000, 1_000);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    record[name] = valuesOf(property, known, depth + 1, name);
  }
  // Optional keys are left out at random; required ones are always there.
  return fc.record(record, { requiredKeys: [...required].filter((name) => name in properties) });
}

/**
 * Values the schema accepts, mostly: patterns, formats, bounds and required keys are followed,
 * and a schema's own examples are used as they are. Where a rule lies outside the schema (a
 * refinement the document cannot say), the value may still be refused — which is a 400 as well.
 */
export function valuesOf(
  schema: JsonSchema,
  known: KnownValues = {},
  depth = 0,
  name?: string,
): fc.Arbitrary<unknown> {
  const plain = plainValueOf(schema, known, depth, name);
  const withExamples = schema.examples?.length
    ? fc.oneof(plain, fc.constantFrom(...schema.examples))
    : plain;
  return schema.nullable ? fc.option(withExamples, { nil: null, freq: 6 }) : withExamples;
}

function plainValueOf(
  schema: JsonSchema,
  known: KnownValues,
  depth: number,
  name?: string,
): fc.Arbitrary<unknown> {
  const pool = name ? known[name] : undefined;
  if (pool?.length && (schema.type === "string" || schema.format)) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, stringOf(schema));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices?.length) return fc.oneof(...choices.map((choice) => valuesOf(choice, known, depth)));
  if (schema.allOf?.length) {
    return fc
      .tuple(...schema.allOf.map((part) => valuesOf(part, known, depth)))
      .map((parts) => Object.assign({}, ...parts.filter((part) => typeof part === "object")));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return stringOf(schema);
    case "integer":
      return numberOf(schema, true);
    case "number":
      return numberOf(schema, false);
    case "boolean":
      return fc.boolean();
    case "array":
      if (depth > 4) return fc.constant([]);
      return fc.array(valuesOf(schema.items ?? {}, known, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    case "object":
      return depth > 5 ? fc.constant({}) : objectOf(schema, known, depth);
    default:
      return schema.properties ? objectOf(schema, known, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}
