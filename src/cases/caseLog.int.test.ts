import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../testing/testServer.ts";

const person = {
  givenName: "Test",
  familyName: "Person",
  nativeGivenName: "Тест",
  nativeFamilyName: "Персона",
  dateOfBirth: "1990-01-01",
  nationality: "RU",
  languages: ["ru"],
};

describe(`the case event log (${testEngine})`, () => {
  let server: TestServer;
  /** CBP opens cases; ICE records a change of address (AR-11). */
  let cbp: Agent;
  let ice: Agent;
  beforeAll(async () => {
    server = await startTestServer();
    cbp = await server.as("cbp_officer");
    ice = await server.as("ice_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  async function newCase(): Promise<string> {
    const opened = await cbp.call("POST", "/api/cases", {
      person,
      occurredAt: "2022-12-04T09:00:00Z",
    });
    expect(opened.status).toBe(201);
    return opened.body.id;
  }

  async function eventsOf(caseId: string) {
    return server.services.db
      .selectFrom("case_events")
      .select(["seq", "type"])
      .where("case_id", "=", caseId)
      .orderBy("seq")
      .execute();
  }

  it("opens a case with its first event and shows it on the timeline", async () => {
    const id = await newCase();
    const read = await ice.call("GET", `/api/cases/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.version).toBe(1);
    expect(read.body.person.nativeName).toBe("Тест Персона");
    expect(read.body.timeline.map((e: { type: string }) => e.type)).toEqual(["CaseOpened"]);
    expect(read.body.timeline[0].occurredAt).toBe("2022-12-04T09:00:00.000Z");
  });

  it("appends with the expected version and refuses a stale one with 409, writing nothing", async () => {
    const id = await newCase();
    const command = { type: "ChangeAddress", address: "1 Main St" };
    const first = await ice.call("POST", `/api/cases/${id}/commands`, {
      expectedVersion: 1,
      command,
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ version: 2, events: [{ seq: 2, type: "AddressChanged" }] });

    const stale = await ice.call("POST", `/api/cases/${id}/commands`, {
      expectedVersion: 1,
      command,
    });
    expect(stale.status).toBe(409);
    expect(stale.contentType).toContain("application/problem+json");
    expect(stale.body.detail).toContain("version 2, not 1");
    expect(await eventsOf(id)).toHaveLength(2);
  });

  it("lets exactly one of many concurrent appends with the same expected version through", async () => {
    const id = await newCase();
    for (let round = 1; round <= 5; round++) {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          ice.call("POST", `/api/cases/${id}/commands`, {
            expectedVersion: round,
            command: { type: "ChangeAddress", address: `round ${round}` },
          }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    }
    const events = await eventsOf(id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const read = await ice.call("GET", `/api/cases/${id}`);
    expect(read.body.version).toBe(6);
  });

  it("refuses to update, delete or truncate events in the database itself", async () => {
    const id = await newCase();
    const { db } = server.services;
    await expect(
      sql`update case_events set type = 'Forged' where case_id = ${id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from case_events where case_id = ${id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate case_events cascade`.execute(db)).rejects.toThrow(/append-only/);
    expect(await eventsOf(id)).toHaveLength(1);
  });

  it("answers 404 for a case that does not exist", async () => {
    const read = await ice.call("GET", "/api/cases/00000000-0000-4000-8000-000000000000");
    expect(read.status).toBe(404);
    const command = await ice.call(
      "POST",
      "/api/cases/00000000-0000-4000-8000-000000000000/commands",
      { expectedVersion: 0, command: { type: "ChangeAddress", address: "x" } },
    );
    expect(command.status).toBe(404);
  });
});
