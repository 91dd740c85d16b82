import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathway } from "../pathway.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

type Content = { content: { "application/json": { schema: JsonSchema } } };

interface JsonSchema {
  type?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  discriminator?: { propertyName: string };
}

const typeOf = (schema: JsonSchema) =>
  schema.properties?.type?.const ?? schema.properties?.type?.enum?.[0];

describe(`the OpenAPI document (${testEngine})`, () => {
  let server: TestServer;
  let doc: {
    paths: Record<
      string,
      Record<string, { requestBody: Content; responses: Record<string, Content> }>
    >;
  };
  beforeAll(async () => {
    server = await startTestServer();
    const answer = await server.agent().call("GET", "/api/openapi.json");
    expect(answer.status).toBe(200);
    doc = answer.body;
  });
  afterAll(async () => {
    await server.close();
  });

  it("names every case command, each with its fields described and an example, told apart by type", () => {
    const body = doc.paths["/api/cases/{id}/commands"]?.post?.requestBody.content[
      "application/json"
    ].schema as JsonSchema;
    const command = body?.properties?.command as JsonSchema;
    expect(command.discriminator).toEqual({ propertyName: "type" });
    const options = command.oneOf ?? [];
    expect(options.map(typeOf).sort()).toEqual([...pathway.commandTypes].sort());
    for (const option of options) {
      const type = String(typeOf(option));
      expect(option.description, type).toBeTruthy();
      expect(option.examples?.length, type).toBeGreaterThan(0);
      for (const [field, property] of Object.entries(option.properties ?? {})) {
        if (field !== "type") expect(property.description, `${type}.${field}`).toBeTruthy();
      }
      for (const example of option.examples ?? []) {
        expect(pathway.commandSchema.safeParse(example).success, `${type} example`).toBe(true);
      }
    }
    const setBond = options.find((option) => typeOf(option) === "SetBond");
    expect(Object.keys(setBond?.properties ?? {}).sort()).toEqual(["amountCents", "setBy", "type"]);
  });

  it("names every event type of the timeline answer, with its data", () => {
    const answer = doc.paths["/api/cases/{id}"]?.get?.responses["200"]?.content["application/json"]
      .schema as JsonSchema;
    const entry = answer?.properties?.timeline?.items as JsonSchema;
    const options = entry.anyOf ?? entry.oneOf ?? [];
    const named = options
      .map(typeOf)
      .filter((type) => typeof type === "string" && type !== undefined);
    expect(named.sort()).toEqual([...pathway.eventTypes].sort());
    const bondSet = options.find((option) => typeOf(option) === "BondSet");
    expect(Object.keys(bondSet?.properties?.data?.properties ?? {}).sort()).toEqual([
      "amountCents",
      "setBy",
    ]);
  });
});
