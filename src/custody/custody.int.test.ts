import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent } from "../platform/testing/agent.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

describe(`custody commands over HTTP (${testEngine})`, () => {
  let server: TestServer;
  let ice: Agent;
  let caseId: string;
  let version: number;

  async function run(agent: Agent, command: Record<string, unknown>) {
    const answer = await agent.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: version,
      command,
    });
    if (answer.status === 200) version = answer.body.version;
    return answer;
  }

  beforeAll(async () => {
    server = await startTestServer(() => new Date("2026-03-02T15:00:00Z"));
    const cbp = await server.as("cbp_officer");
    ice = await server.as("ice_officer");
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName: "Test", familyName: "Detained", nationality: "RU", languages: ["ru"] },
      occurredAt: "2026-03-01T10:00:00Z",
    });
    caseId = opened.body.id;
    version = opened.body.version;
    expect(
      (await run(cbp, { type: "RecordEncounter", place: "Near Tecate", port: null })).status,
    ).toBe(200);
    expect((await run(cbp, { type: "ProcessUnderTitle8", pathway: "section_240" })).status).toBe(
      200,
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses a facility Haven does not know with a 400 naming facilityId", async () => {
    for (const type of ["DetainAtFacility", "TransferToFacility"]) {
      const answer = await run(ice, { type, facilityId: "otay-mesa" });
      expect(answer.status, type).toBe(400);
      expect(answer.contentType).toContain("application/problem+json");
      expect(
        answer.body.errors.map((e: { field: string }) => e.field),
        type,
      ).toContain("body.command.facilityId");
    }
  });

  it("refuses to move a person to the facility they are in (INA 241(g)), and moves them elsewhere", async () => {
    expect(
      (await run(ice, { type: "DetainAtFacility", facilityId: "eloy-detention-center" })).status,
    ).toBe(200);
    const same = await run(ice, {
      type: "TransferToFacility",
      facilityId: "eloy-detention-center",
    });
    expect(same.status).toBe(422);
    expect(same.body).toMatchObject({
      rule: "custody.transfer.same-facility",
      citation: "INA 241(g)",
      detail:
        "The person is already held at Eloy Detention Center: a transfer moves them to another facility.",
    });
    const moved = await run(ice, {
      type: "TransferToFacility",
      facilityId: "south-texas-ice-processing-center",
    });
    expect(moved.status).toBe(200);
    const row = await server.services.db
      .selectFrom("detainees")
      .select("facility_id")
      .where("case_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row.facility_id).toBe("south-texas-ice-processing-center");
  });

  it("lets ICE or the court clerk record the detainee's request for a bond hearing, and no other officer", async () => {
    const officer = await server.as("asylum_officer");
    const refused = await run(officer, { type: "RequestBondRedetermination" });
    expect(refused.status).toBe(403);
    for (const role of ["ice_officer", "court_clerk"]) {
      const recorded = await run(await server.as(role), { type: "RequestBondRedetermination" });
      expect(recorded.status, role).toBe(200);
    }
    const bond = await run(await server.as("immigration_judge"), {
      type: "RedetermineBond",
      amountCents: 149_999,
    });
    expect(bond.status).toBe(422);
    expect(bond.body).toMatchObject({ rule: "custody.bond.minimum", citation: "INA 236(a)(2)(A)" });
  });
});
