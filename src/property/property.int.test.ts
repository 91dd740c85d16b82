import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../testing/testServer.ts";
import type { PropertyFacts } from "./state.ts";

describe(`the property ledger over HTTP (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  let ice: Agent;
  const story = { id: "", version: 0 };

  const run = async (agent: Agent, command: Record<string, unknown>) => {
    const answer = await agent.call("POST", `/api/cases/${story.id}/commands`, {
      expectedVersion: story.version,
      command,
    });
    if (answer.status === 200) story.version = answer.body.version;
    return answer;
  };
  const ledger = async () =>
    (
      (
        await server.services.db
          .selectFrom("cases")
          .select("state")
          .where("id", "=", story.id)
          .executeTakeFirstOrThrow()
      ).state as unknown as PropertyFacts
    ).property;

  beforeAll(async () => {
    server = await startTestServer(() => new Date("2023-06-02T18:00:00Z"));
    cbp = await server.as("cbp_officer");
    ice = await server.as("ice_officer");
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName: "Artyom", familyName: "Lebedev", nationality: "RU" },
      occurredAt: "2023-06-02T15:00:00Z",
    });
    Object.assign(story, opened.body);
    const met = await run(cbp, { type: "RecordEncounter", place: "Near Tecate", port: null });
    expect(met.status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  it("takes property with receipts at the port, carries it to the facility, and returns it", async () => {
    for (const item of [
      { kind: "passport", description: "Russian passport" },
      { kind: "money", description: "Cash", amountCents: 120_000, currency: "USD" },
    ]) {
      const taken = await run(cbp, { type: "RecordPropertyTaken", ...item });
      expect(taken.status, JSON.stringify(taken.body)).toBe(200);
      expect(taken.body.events.map((event: { type: string }) => event.type)).toEqual([
        "PropertyTaken",
      ]);
    }
    const unpriced = await run(cbp, {
      type: "RecordPropertyTaken",
      kind: "money",
      description: "Cash",
    });
    expect(unpriced.status).toBe(422);
    expect(unpriced.body).toMatchObject({
      rule: "property.money.amount-required",
      errors: [{ field: "amountCents" }],
    });
    const detained = await run(ice, {
      type: "DetainAtFacility",
      facilityId: "otay-mesa-detention-center",
    });
    expect(detained.status, JSON.stringify(detained.body)).toBe(200);
    expect((await ledger()).items.map((item) => [item.receiptNumber, item.heldBy])).toEqual([
      ["PR-001", "otay-mesa-detention-center"],
      ["PR-002", "otay-mesa-detention-center"],
    ]);
    const disposed = await run(ice, {
      type: "DisposeOfProperty",
      receiptNumbers: ["PR-001"],
      reason: "",
    });
    expect(disposed.status).toBe(422);
    expect(disposed.body).toMatchObject({
      rule: "property.dispose.reason-required",
      errors: [{ field: "reason" }],
    });
    const returned = await run(ice, { type: "ReturnProperty", receiptNumbers: ["pr-002"] });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect((await ledger()).items[1]).toMatchObject({ status: "returned", heldBy: null });
    const view = await ice.call("GET", `/api/cases/${story.id}`);
    expect(view.body.timeline.at(-1)).toMatchObject({
      type: "PropertyReturned",
      data: { receiptNumbers: ["PR-002"] },
    });
  });

  it("lets only CBP and ICE officers keep the ledger", async () => {
    for (const role of ["applicant", "asylum_officer", "immigration_judge"]) {
      const agent = await server.as(role);
      const answer = await agent.call("POST", `/api/cases/${story.id}/commands`, {
        expectedVersion: story.version,
        command: { type: "ReturnProperty", receiptNumbers: ["PR-001"] },
      });
      // The applicant does not follow this person: the case is answered as one that is not there.
      expect(answer.status, role).toBe(role === "applicant" ? 404 : 403);
    }
  });
});
