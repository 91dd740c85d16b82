import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../core/caseLog.ts";
import { seedDemo } from "../demo/seed.ts";
import { pathway } from "../pathway.ts";
import { readCaseEvents } from "../platform/caseLog/store.ts";
import type { Agent } from "../platform/testing/agent.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

/** The demo stories, run through the engine by the seed, read and driven over HTTP. */
describe(`case commands through the process engine (${testEngine})`, () => {
  let server: TestServer;
  /** An ICE officer: reads any case and gives removal commands. */
  let ice: Agent;
  const caseOf = async (aNumber: string) => {
    const row = await server.services.db
      .selectFrom("cases")
      .innerJoin("persons", "persons.id", "cases.person_id")
      .select(["cases.id", "cases.version"])
      .where("persons.a_number", "=", aNumber)
      .executeTakeFirstOrThrow();
    return row;
  };
  beforeAll(async () => {
    server = await startTestServer(() => new Date("2023-09-01T12:00:00Z"));
    await seedDemo(server.services);
    ice = await server.as("ice_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  it("refuses to schedule the removal of the brother whose case is in court, naming the blocking fact, and writes nothing", async () => {
    const older = await caseOf("000000105");
    // Removals are scheduled onto a flight, through its manifest (removal/flights/routes.ts).
    const flight = await ice.call("POST", "/api/removal-flights", {
      kind: "charter",
      carrier: "ICE Air charter (test)",
      flightNumber: "IA 4001",
      destination: "RU",
      departureAirport: "AVP",
      departsAt: "2023-09-10T10:00:00Z",
    });
    const reference = (await ice.call("GET", `/api/cases/${older.id}`)).body.reference;
    const refused = await ice.call("POST", `/api/removal-flights/${flight.body.id}/manifest`, {
      caseReference: reference,
    });
    expect(refused.body.status).toBe("blocked");
    expect(refused.body.blocked.rule).toBe("removal.guard.proceedings-pending");
    expect(refused.body.blocked.citation).toBe("INA 240(a)(3)");
    expect(refused.body.blocked.reason).toMatch(/proceedings/i);
    const after = await caseOf("000000105");
    expect(after.version).toBe(older.version);
  });

  it("shows the younger brother removed and the case's deadlines and next steps", async () => {
    const younger = await caseOf("000000104");
    const read = await ice.call("GET", `/api/cases/${younger.id}`);
    expect(read.status).toBe(200);
    expect(read.body.state).toMatchObject({ custody: "removed", removal: "executed" });
    expect(read.body.timeline.map((e: { type: string }) => e.type)).toContain("RemovalExecuted");
    for (const deadline of read.body.deadlines) {
      expect(deadline.citation).not.toBe("");
      expect(["open", "met", "missed"]).toContain(deadline.status);
    }
    const teacher = await ice.call("GET", `/api/cases/${(await caseOf("000000101")).id}`);
    expect(teacher.body.deadlines.length).toBeGreaterThan(0);
    expect(teacher.body.nextSteps.length).toBeGreaterThan(0);
  });

  it("keeps every stored projection equal to the replay of its events", async () => {
    const cases = await server.services.db
      .selectFrom("cases")
      .select(["id", "state", "version"])
      .execute();
    expect(cases).toHaveLength(8);
    for (const stored of cases) {
      const events = await readCaseEvents(server.services.db, stored.id);
      expect(events).toHaveLength(stored.version);
      expect(fold(pathway.projection, events)).toEqual(stored.state);
    }
  });

  it("answers a command that is not a command of the model with 400 naming the field", async () => {
    const teacher = await caseOf("000000101");
    const answer = await ice.call("POST", `/api/cases/${teacher.id}/commands`, {
      expectedVersion: teacher.version,
      command: { type: "DeportImmediately" },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].field).toBe("body.command.type");
  });

  it("refuses an occurredAt in the future", async () => {
    const teacher = await caseOf("000000101");
    const answer = await ice.call("POST", `/api/cases/${teacher.id}/commands`, {
      expectedVersion: teacher.version,
      occurredAt: "2024-01-01T00:00:00Z",
      command: { type: "ChangeAddress", address: "12 Elm St, Sacramento, CA" },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: "body.occurredAt", message: "must not be in the future" },
    ]);
  });

  it("serves the process model as a Mermaid diagram with the case's place in it", async () => {
    const teacher = await caseOf("000000101");
    const answer = await ice.call("GET", `/api/cases/${teacher.id}/diagram`);
    expect(answer.status).toBe(200);
    expect(answer.body.format).toBe("mermaid");
    expect(answer.body.diagram).toMatch(/^stateDiagram-v2/);
    for (const region of ["custody", "protection", "removal"])
      expect(answer.body.diagram).toContain(region);
    const read = await ice.call("GET", `/api/cases/${teacher.id}`);
    expect(answer.body.current).toEqual(read.body.state);
  });
});
