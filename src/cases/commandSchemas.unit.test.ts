import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pathway } from "../pathway.ts";

/** What the test reads of a command's JSON Schema (the OpenAPI document is made from it). */
interface CommandJsonSchema {
  description?: string;
  examples?: unknown[];
  properties?: Record<string, { description?: string }>;
}

/** The command types given a test below, so the last test can count them. */
const checked: string[] = [];

describe("the case commands, as the API document describes them", () => {
  for (const schema of pathway.commandSchemas) {
    const type = schema.shape.type.value;
    checked.push(type);

    it(`describes ${type} and each of its fields, with an example it accepts`, () => {
      const json = z.toJSONSchema(schema, { io: "input" }) as CommandJsonSchema;
      expect(json.description?.trim(), `${type} has no description`).toBeTruthy();
      expect(json.examples?.length ?? 0, `${type} has no example`).toBeGreaterThan(0);
      for (const [field, property] of Object.entries(json.properties ?? {})) {
        if (field === "type") continue;
        expect(property.description?.trim(), `${type}.${field} has no description`).toBeTruthy();
      }
      for (const example of json.examples ?? []) {
        const parsed = schema.safeParse(example);
        expect(parsed.error?.issues ?? [], `${type}: its example is refused`).toEqual([]);
        expect(parsed.success).toBe(true);
      }
    });
  }

  it("checks every command the pathway accepts, each once", () => {
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBe(pathway.commandTypes.length);
    expect([...checked].sort()).toEqual([...pathway.commandTypes].sort());
  });
});
