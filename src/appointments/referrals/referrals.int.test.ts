import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import { person } from "../testing/kit.ts";

/** During Title 42 (in force 2020-03-21 to 2023-05-11). */
const TITLE_42_NOW = "2022-06-01T16:00:00Z";

describe(`humanitarian-exception referrals (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(TITLE_42_NOW));
  });
  afterAll(async () => {
    await server.close();
  });

  it("queues a screener's referrals, and puts the grant, the officer and the reason on the record", async () => {
    const screener = await server.as("ngo_screener");
    const bad = await screener.call("POST", "/api/referrals", {
      person: person("Maria", "Lopez", "1990-01-01"),
      category: "tourism",
      fee: 100,
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain("body.category");
    const first = await screener.call("POST", "/api/referrals", {
      person: person("Oksana", "Hrytsenko", "1994-05-05", { nationality: "UA" }),
      category: "women_with_small_children",
      note: "Two children under five; the younger needs medicine.",
    });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe("pending");
    const second = await screener.call("POST", "/api/referrals", {
      person: person("Alex", "Moreno", "1988-08-08", { nationality: "HN" }),
      category: "lgbt",
    });
    const queue = await screener.call("GET", "/api/referrals");
    expect(queue.body.referrals.map((r: { position: number }) => r.position)).toEqual([1, 2]);

    const cbp = await server.as("cbp_officer");
    const pending = await cbp.call("GET", "/api/referrals");
    expect(pending.body.referrals).toHaveLength(2);
    const noReason = await cbp.call("POST", `/api/referrals/${first.body.id}/decision`, {
      decision: "granted",
      reason: "",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe("body.reason");
    const granted = await cbp.call("POST", `/api/referrals/${first.body.id}/decision`, {
      decision: "granted",
      reason: "Mother with two small children, one in need of medical care.",
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const view = await cbp.call("GET", `/api/cases/${granted.body.caseId}`);
    const event = view.body.timeline.find(
      (e: { type: string }) => e.type === "HumanitarianExceptionGranted",
    );
    expect(event.data).toEqual({
      grantedBy: "Demo CBP Officer",
      grounds: "Mother with two small children, one in need of medical care.",
    });
    const twice = await cbp.call("POST", `/api/referrals/${first.body.id}/decision`, {
      decision: "refused",
      reason: "again",
    });
    expect(twice.status).toBe(409);

    const after = await screener.call("GET", "/api/referrals");
    const decided = after.body.referrals.find((r: { id: string }) => r.id === first.body.id);
    expect(decided).toMatchObject({
      status: "granted",
      position: null,
      decision: { decidedBy: "Demo CBP Officer" },
    });
    expect(after.body.referrals.find((r: { id: string }) => r.id === second.body.id).position).toBe(
      1,
    );
    // The screener sees the case of the person they referred.
    expect((await screener.call("GET", `/api/cases/${granted.body.caseId}`)).status).toBe(200);
  });

  it("refuses a grant outside the Title 42 period (422, nothing written); a refusal is recorded", async () => {
    server.clock.advance(Date.parse("2024-03-01T16:00:00Z") - Date.parse(TITLE_42_NOW));
    const cbp = await server.signIn("cbp@demo.haven.test");
    const [referral] = (await cbp.call("GET", "/api/referrals")).body.referrals;
    const grant = await cbp.call("POST", `/api/referrals/${referral.id}/decision`, {
      decision: "granted",
      reason: "At risk in Mexico.",
    });
    expect(grant.status).toBe(422);
    expect(grant.body.rule).toBe("encounters.title42.not-in-force");
    const cases = await server.services.db.selectFrom("cases").select("id").execute();
    expect(cases).toHaveLength(1); // the first referral's only: the refused grant opened none
    const refused = await cbp.call("POST", `/api/referrals/${referral.id}/decision`, {
      decision: "refused",
      reason: "Title 42 has ended; the person may request an appointment.",
    });
    expect(refused.body).toMatchObject({ status: "refused", caseId: null });
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["actor", "details"])
      .where("action", "=", "referral.decide")
      .where("subject_type", "=", "referral")
      .execute();
    expect(audit).toHaveLength(2);
  });
});
