import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../testing/testServer.ts";

const NOW = "2023-06-02T18:00:00Z";
const MISSING = "00000000-0000-4000-8000-000000000000";

interface Opened {
  id: string;
  version: number;
}

describe(`linking a family unit encountered together (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  const cases: Record<string, Opened> = {};

  const open = async (givenName: string, dateOfBirth: string, encounter = true) => {
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName, familyName: "Kalashnikova", dateOfBirth, nationality: "RU" },
      occurredAt: "2023-06-02T15:00:00Z",
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const entry: Opened = { id: opened.body.id, version: opened.body.version };
    if (encounter) {
      const met = await cbp.call("POST", `/api/cases/${entry.id}/commands`, {
        expectedVersion: entry.version,
        occurredAt: "2023-06-02T16:00:00Z",
        command: { type: "RecordEncounter", place: "San Ysidro port of entry", port: "san_ysidro" },
      });
      expect(met.status, JSON.stringify(met.body)).toBe(200);
      entry.version = met.body.version;
    }
    cases[givenName] = entry;
    return entry;
  };
  const named = (...who: string[]) =>
    who.map((name) => ({ caseId: cases[name]!.id, expectedVersion: cases[name]!.version }));
  const stateOf = async (name: string) =>
    (
      await server.services.db
        .selectFrom("cases")
        .select(["state", "version"])
        .where("id", "=", cases[name]!.id)
        .executeTakeFirstOrThrow()
    ).state as { familyUnit: { id: string; members: string[] } | null };

  beforeAll(async () => {
    server = await startTestServer(() => new Date(NOW));
    cbp = await server.as("cbp_officer");
    await open("Zhanna", "1988-04-02");
    await open("Oleg", "1986-10-19");
    await open("Masha", "2020-01-15");
    await open("Nikita", "2017-08-30", false);
  });
  afterAll(async () => {
    await server.close();
  });

  it("refuses the whole unit when one case refuses, and writes nothing on the others", async () => {
    const refused = await cbp.call("POST", "/api/family-units", {
      cases: named("Zhanna", "Oleg", "Nikita"),
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body).toMatchObject({
      rule: "encounters.family-unit.not-encountered",
      citation: "CBP TEDS (2015) 1.9",
      detail: `Case ${cases.Nikita!.id}: No encounter is on the record: CBP links a person to the family unit they were encountered with only after recording the encounter.`,
    });
    expect((await stateOf("Zhanna")).familyUnit).toBeNull();
    expect((await stateOf("Oleg")).familyUnit).toBeNull();
  });

  it("links every member's case in one transaction, each naming the others", async () => {
    const linked = await cbp.call("POST", "/api/family-units", {
      cases: named("Zhanna", "Oleg", "Masha"),
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const unitId: string = linked.body.familyUnitId;
    expect(unitId).toMatch(/^[0-9a-f-]{36}$/);
    expect(linked.body.cases).toHaveLength(3);
    for (const name of ["Zhanna", "Oleg", "Masha"]) {
      const others = ["Zhanna", "Oleg", "Masha"]
        .filter((other) => other !== name)
        .map((other) => cases[other]!.id)
        .sort();
      const state = await stateOf(name);
      expect(state.familyUnit?.id).toBe(unitId);
      expect([...(state.familyUnit?.members ?? [])].sort()).toEqual(others);
      const view = await cbp.call("GET", `/api/cases/${cases[name]!.id}`);
      expect(view.body.timeline.at(-1)).toMatchObject({
        type: "FamilyUnitLinked",
        data: { familyUnitId: unitId },
        actor: expect.stringMatching(/^account:/),
      });
      cases[name]!.version = view.body.version;
    }
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["subject_id"])
      .where("action", "=", "family-unit.link")
      .execute();
    expect(audit.map((entry) => entry.subject_id).sort()).toEqual(
      ["Zhanna", "Oleg", "Masha"].map((name) => cases[name]!.id).sort(),
    );
  });

  it("adds a member to the unit only when every member is named, keeping the unit's id", async () => {
    const met = await cbp.call("POST", `/api/cases/${cases.Nikita!.id}/commands`, {
      expectedVersion: cases.Nikita!.version,
      occurredAt: "2023-06-02T16:30:00Z",
      command: { type: "RecordEncounter", place: "San Ysidro port of entry", port: "san_ysidro" },
    });
    expect(met.status).toBe(200);
    cases.Nikita!.version = met.body.version;
    const partial = await cbp.call("POST", "/api/family-units", {
      cases: named("Zhanna", "Nikita"),
    });
    expect(partial.status).toBe(409);
    expect(partial.body.code).toBe("family-unit-incomplete");
    const unitId = (await stateOf("Zhanna")).familyUnit?.id;
    const whole = await cbp.call("POST", "/api/family-units", {
      cases: named("Zhanna", "Oleg", "Masha", "Nikita"),
    });
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    expect(whole.body.familyUnitId).toBe(unitId);
    expect((await stateOf("Nikita")).familyUnit?.members).toHaveLength(3);
    expect((await stateOf("Masha")).familyUnit?.members).toHaveLength(3);
  });

  it("answers a stale version with 409, an unknown case with 404, and other roles with 403", async () => {
    const stale = await cbp.call("POST", "/api/family-units", {
      cases: [
        { caseId: cases.Zhanna!.id, expectedVersion: 1 },
        { caseId: cases.Oleg!.id, expectedVersion: 1 },
      ],
    });
    expect(stale.status).toBe(409);
    const missing = await cbp.call("POST", "/api/family-units", {
      cases: [...named("Zhanna"), { caseId: MISSING, expectedVersion: 0 }],
    });
    expect(missing.status).toBe(404);
    const twice = await cbp.call("POST", "/api/family-units", {
      cases: named("Zhanna", "Zhanna"),
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0]).toEqual({
      field: "body.cases",
      message: "must name each case once",
    });
    for (const role of ["ice_officer", "applicant", "immigration_judge"]) {
      const agent = await server.as(role);
      const answer = await agent.call("POST", "/api/family-units", {
        cases: named("Zhanna", "Oleg"),
      });
      expect(answer.status, role).toBe(403);
    }
    const analyst = await server.as("analyst");
    expect((await analyst.call("POST", "/api/family-units", {})).status).toBe(403);
  });
});
