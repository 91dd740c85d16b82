import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent } from "../platform/testing/agent.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

describe(`policy recorded by an administrator reaches the engine (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  let ice: Agent;
  let admin: Agent;
  let caseId: string;
  let version: number;
  beforeAll(async () => {
    server = await startTestServer(() => new Date("2026-11-20T15:00:00Z"));
    [cbp, ice, admin] = [
      await server.as("cbp_officer"),
      await server.as("ice_officer"),
      await server.as("administrator"),
    ];
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName: "Oleg", familyName: "Test", nationality: "RU", languages: ["ru"] },
      occurredAt: "2026-11-18T10:00:00Z",
    });
    caseId = opened.body.id;
    version = opened.body.version;
    for (const [agent, command] of [
      [cbp, { type: "RecordEncounter", place: "Near Tecate", port: null }],
      [cbp, { type: "ProcessUnderTitle8", pathway: "expedited_removal" }],
      [cbp, { type: "OrderExpeditedRemoval", country: "RU" }],
      [ice, { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" }],
    ] as const) {
      const ran = await agent.call("POST", `/api/cases/${caseId}/commands`, {
        expectedVersion: version,
        command,
      });
      expect(ran.status, command.type).toBe(200);
      version = ran.body.version;
    }
  });
  afterAll(async () => {
    await server.close();
  });

  let flightId: string;
  /** Puts the person on a flight to Moscow that departs on 2026-12-15. */
  const schedule = async () => {
    if (!flightId) {
      const flight = await ice.call("POST", "/api/removal-flights", {
        kind: "charter",
        carrier: "ICE Air charter (test)",
        flightNumber: "IA 4101",
        destination: "RU",
        departureAirport: "SAN",
        departsAt: "2026-12-15T15:00:00Z",
      });
      expect(flight.status).toBe(201);
      flightId = flight.body.id;
    }
    const reference = (await ice.call("GET", `/api/cases/${caseId}`)).body.reference;
    return ice.call("POST", `/api/removal-flights/${flightId}/manifest`, {
      caseReference: reference,
    });
  };

  it("blocks removals to a country an administrator paused, citing the source given", async () => {
    const paused = await admin.call("PUT", "/api/admin/removals", {
      country: "RU",
      paused: true,
      reason: "Flights to Moscow suspended.",
      citation: "ICE statement of 2026-11-19 (test)",
    });
    expect(paused.status).toBe(201);
    const blocked = await schedule();
    expect(blocked.status).toBe(200);
    expect(blocked.body).toMatchObject({
      status: "blocked",
      blocked: {
        rule: "removal.policy.country-paused",
        citation: "ICE statement of 2026-11-19 (test)",
      },
    });
    const log = await server.agent().call("GET", "/api/policy-log");
    expect(log.body.entries.at(-1)).toMatchObject({
      kind: "removalsToCountry",
      data: { country: "RU", paused: true },
      reason: "Flights to Moscow suspended.",
      citation: "ICE statement of 2026-11-19 (test)",
    });
  });

  it("schedules again once they are resumed, and names the field of a bad change", async () => {
    const bad = await admin.call("PUT", "/api/admin/removals", {
      country: "Russia",
      paused: false,
      reason: "",
      citation: "x",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "body.country",
      "body.reason",
    ]);
    const resumed = await admin.call("PUT", "/api/admin/removals", {
      country: "RU",
      paused: false,
      reason: "Flights resumed.",
      citation: "ICE statement of 2026-11-20 (test)",
    });
    expect(resumed.status).toBe(201);
    const scheduled = await schedule();
    expect([scheduled.status, scheduled.body.status, scheduled.body.blocked]).toEqual([
      200,
      "on_manifest",
      null,
    ]);
    const refusedToOthers = await ice.call("PUT", "/api/admin/removals", {
      country: "RU",
      paused: true,
      reason: "r",
      citation: "c",
    });
    expect(refusedToOthers.status).toBe(403);
  });
});
