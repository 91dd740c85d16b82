import { describe, expect, it } from "vitest";
import { testEngine } from "../testDatabase.ts";
import { fuzzHaven } from "./fuzzHaven.ts";

describe(`requests built from the API's own schemas, valid and hostile (${testEngine})`, () => {
  it("get no 5xx, and every 4xx is problem+json, a 400 naming its fields", async () => {
    const figures = await fuzzHaven(1_400, 20_261_206);
    expect(figures.routes).toBeGreaterThanOrEqual(68);
    expect(figures.requests).toBeGreaterThanOrEqual(1_400);
    expect(figures.failures.slice(0, 10)).toEqual([]);
    // The run reached the routes' own work, not only the access check.
    expect(figures.byStatus["200"] ?? 0).toBeGreaterThan(100);
  }, 300_000);
});
