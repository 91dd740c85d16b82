/**
 * A command form's values as typed, and the command they make: each field checked as its schema
 * says (required, length, a whole number, a date), with a problem per field for the reader's
 * language. Pure, so the unit test pins it.
 */
import type { FormField } from "./commandsApi.ts";

export type Values = Record<string, string | boolean | string[]>;

export type FieldProblem =
  | { field: string; problem: "required" }
  | { field: string; problem: "tooLong"; max: number }
  | { field: string; problem: "notAmount" }
  | { field: string; problem: "tooSmall"; min: number }
  | { field: string; problem: "notNumber" }
  | { field: string; problem: "notDate" }
  | { field: string; problem: "inFuture" };

export const OCCURRED_AT = "occurredAt";

export function initialValues(fields: readonly FormField[]): Values {
  const values: Values = { [OCCURRED_AT]: "" };
  for (const field of fields) {
    values[field.name] = field.kind === "boolean" ? false : field.kind === "choices" ? [] : "";
  }
  return values;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const AMOUNT = /^\d{1,3}(,?\d{3})*(\.\d{1,2})?$/;

/** A `datetime-local` value, read in the browser's time zone, as an ISO instant; null if none. */
export function localToInstant(value: string): string | null {
  if (!LOCAL_TIME.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function fieldValue(
  field: FormField,
  raw: string | boolean | string[] | undefined,
): { value: unknown } | { problem: FieldProblem } {
  const name = field.name;
  if (field.kind === "boolean") return { value: raw === true };
  if (field.kind === "choices") return { value: Array.isArray(raw) ? raw : [] };
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") {
    if (field.required) return { problem: { field: name, problem: "required" } };
    return { value: field.nullable ? null : undefined };
  }
  switch (field.kind) {
    case "money": {
      // Thousands may be grouped with commas or spaces (20,000; 20 000), as people write them.
      const amount = text.replace(/[\s\u00a0\u202f]/g, "");
      if (!AMOUNT.test(amount)) return { problem: { field: name, problem: "notAmount" } };
      const cents = Math.round(Number(amount.replaceAll(",", "")) * 100);
      if (field.min !== null && cents < field.min) {
        return { problem: { field: name, problem: "tooSmall", min: field.min } };
      }
      return { value: cents };
    }
    case "integer": {
      if (!/^-?\d+$/.test(text)) return { problem: { field: name, problem: "notNumber" } };
      const number = Number(text);
      if (field.min !== null && number < field.min) {
        return { problem: { field: name, problem: "tooSmall", min: field.min } };
      }
      return { value: number };
    }
    case "instant": {
      const instant = localToInstant(text);
      return instant ? { value: instant } : { problem: { field: name, problem: "notDate" } };
    }
    case "day":
      return DAY.test(text) && !Number.isNaN(Date.parse(text))
        ? { value: text }
        : { problem: { field: name, problem: "notDate" } };
    case "list":
      return {
        value: text
          .split(/[,\n]/)
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case "text":
    case "longText":
      if (field.maxLength !== null && text.length > field.maxLength) {
        return { problem: { field: name, problem: "tooLong", max: field.maxLength } };
      }
      return { value: text };
    default:
      return { value: text };
  }
}

/** The command the values make, or what is wrong with them, field by field. */
export function toCommand(
  type: string,
  fields: readonly FormField[],
  values: Values,
  now: number,
):
  | { ok: true; command: { type: string } & Record<string, unknown>; occurredAt?: string }
  | { ok: false; problems: FieldProblem[] } {
  const command: { type: string } & Record<string, unknown> = { type };
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    const result = fieldValue(field, values[field.name]);
    if ("problem" in result) problems.push(result.problem);
    else if (result.value !== undefined) command[field.name] = result.value;
  }
  const when = typeof values[OCCURRED_AT] === "string" ? (values[OCCURRED_AT] as string) : "";
  let occurredAt: string | undefined;
  if (when !== "") {
    const instant = localToInstant(when);
    if (!instant) problems.push({ field: OCCURRED_AT, problem: "notDate" });
    else if (Date.parse(instant) > now) problems.push({ field: OCCURRED_AT, problem: "inFuture" });
    else occurredAt = instant;
  }
  if (problems.length > 0) return { ok: false, problems };
  return occurredAt ? { ok: true, command, occurredAt } : { ok: true, command };
}
