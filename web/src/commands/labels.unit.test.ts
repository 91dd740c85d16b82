import { describe, expect, it } from "vitest";
import { actionForm } from "../../../src/cases/actions.ts";
import { pathway } from "../../../src/pathway.ts";
import { en } from "../i18n/english.ts";
import { initialValues, toCommand } from "./fieldValues.ts";

const SELF_NAMED = new Set(["facilityId", "port"]);

describe("the command forms' words", () => {
  it("name every command, field and choice of the pathway in the catalogue", () => {
    const missing: string[] = [];
    for (const schema of pathway.commandSchemas) {
      const form = actionForm(schema);
      if (!Object.hasOwn(en.command, form.type)) missing.push(`command.${form.type}`);
      for (const field of form.fields) {
        if (!Object.hasOwn(en.commandField, field.name)) missing.push(`commandField.${field.name}`);
        if ((field.kind === "choice" || field.kind === "choices") && !SELF_NAMED.has(field.name)) {
          const options = (en.commandOption as Record<string, Record<string, string>>)[field.name];
          for (const option of field.options) {
            if (!options || !Object.hasOwn(options, option)) {
              missing.push(`commandOption.${field.name}.${option}`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("a command form's values", () => {
  const setBond = actionForm(
    pathway.commandSchemas.find((schema) => schema.shape.type.value === "SetBond")!,
  );
  const failed = actionForm(
    pathway.commandSchemas.find(
      (schema) => schema.shape.type.value === "RecordFailedRemovalAttempt",
    )!,
  );
  const now = Date.parse("2023-09-01T12:00:00Z");

  it("turns dollars into cents and names each missing or wrong field", () => {
    expect(
      toCommand("SetBond", setBond.fields, { amountCents: "20,000", setBy: "ice" }, now),
    ).toEqual({ ok: true, command: { type: "SetBond", amountCents: 2_000_000, setBy: "ice" } });
    expect(toCommand("SetBond", setBond.fields, initialValues(setBond.fields), now)).toEqual({
      ok: false,
      problems: [
        { field: "amountCents", problem: "required" },
        { field: "setBy", problem: "required" },
      ],
    });
    const wrong = toCommand(
      "SetBond",
      setBond.fields,
      { amountCents: "20 thousand", setBy: "ice" },
      now,
    );
    expect(wrong).toEqual({
      ok: false,
      problems: [{ field: "amountCents", problem: "notAmount" }],
    });
  });

  it("sends null for an empty optional text, refuses a time in the future, and parses its schema", () => {
    const values = { reason: "medical", detail: "  ", occurredAt: "2099-01-01T10:00" };
    expect(toCommand("RecordFailedRemovalAttempt", failed.fields, values, now)).toEqual({
      ok: false,
      problems: [{ field: "occurredAt", problem: "inFuture" }],
    });
    const made = toCommand(
      "RecordFailedRemovalAttempt",
      failed.fields,
      { ...values, occurredAt: "" },
      now,
    );
    expect(made).toEqual({
      ok: true,
      command: { type: "RecordFailedRemovalAttempt", reason: "medical", detail: null },
    });
    const schema = pathway.commandSchemas.find(
      (entry) => entry.shape.type.value === "RecordFailedRemovalAttempt",
    )!;
    expect(made.ok && schema.safeParse(made.command).success).toBe(true);
  });
});
