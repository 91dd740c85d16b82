import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import {
  newApplicant,
  OPEN_WINDOW_NOW,
  person,
  registration,
  WINDOW_DATE,
} from "../testing/kit.ts";

describe(`"someone registered in my name" (${testEngine})`, () => {
  let server: TestServer;
  let officer: Agent;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    officer = await server.as("cbp_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  async function register(principal: ReturnType<typeof person>, email: string) {
    const agent = await newApplicant(server, "uk");
    const answer = await agent.call(
      "POST",
      "/api/registrations",
      registration(principal, [], { contact: { email }, language: "uk" }),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return { agent, id: answer.body.id as string };
  }

  async function heldItem(id: string) {
    const list = await officer.call("GET", "/api/registrations/held?limit=100");
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    return list.body.registrations.find((r: { id: string }) => r.id === id);
  }

  it("puts the claimant's registration before the officer with the claim, who voids the one made first in her name", async () => {
    const oksana = person("Oksana", "Melnyk", "1990-05-15", { nationality: "UA" });
    const thief = await register(oksana, "first@test.haven");
    const real = await register({ ...oksana, givenName: "Oksana" }, "oksana@test.haven");
    const before = await real.agent.call("GET", "/api/registrations/mine");

    const statement = "I never registered before today. Someone used my name and birthday.";
    const claim = await real.agent.call("POST", `/api/registrations/${real.id}/claims`, {
      statement,
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(202);
    expect(claim.body.message).toBe("Your claim has been recorded; an officer will review it.");
    expect((await real.agent.call("GET", "/api/registrations/mine")).body).toEqual(before.body);

    const item = await heldItem(real.id);
    expect(item).toMatchObject({
      claims: [{ statement, madeAt: expect.any(String) }],
      reason: expect.stringMatching(/someone else registered in their name/),
      people: [
        {
          givenName: "Oksana",
          matches: [
            {
              registrationId: thief.id,
              registrationStatus: "active",
              code: "identity.duplicate.same-name",
            },
          ],
          moreMatches: 0,
        },
      ],
    });

    const decided = await officer.call("POST", `/api/registrations/${real.id}/review`, {
      decision: "accepted",
      reason: "Her passport was checked; the other registration was made in her name.",
      void: [thief.id],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toEqual({ id: real.id, status: "active" });

    // The claimant sees what she saw before; the other registration is refused, with the reason.
    expect((await real.agent.call("GET", "/api/registrations/mine")).body).toEqual(before.body);
    const voided = await thief.agent.call("GET", "/api/registrations/mine");
    expect(voided.body.registrations[0]).toMatchObject({
      status: "refused",
      review: {
        decision: "refused",
        reason: "Her passport was checked; the other registration was made in her name.",
      },
      requests: [],
    });
    const mail = await server.mailbox.next("first@test.haven");
    expect(mail.text).toContain("the other registration was made in her name");
    expect(mail.text).not.toContain("Melnyk");

    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["action", "subject_id", "details"])
      .where("subject_id", "in", [real.id, thief.id])
      .where("action", "in", ["registration.review", "registration.void", "registration.claim"])
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      {
        action: "registration.claim",
        subject_id: real.id,
        details: { claim: expect.any(String) },
      },
      {
        action: "registration.review",
        subject_id: real.id,
        details: { decision: "accepted", voided: [thief.id] },
      },
      { action: "registration.void", subject_id: thief.id, details: { claimedBy: real.id } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/passport|birthday/);
    expect(await heldItem(real.id)).toBeUndefined();
    const claims = await server.services.db
      .selectFrom("registration_claims")
      .select(["statement", "reviewed_at"])
      .where("registration_id", "=", real.id)
      .execute();
    expect(claims).toEqual([{ statement, reviewed_at: expect.any(Date) }]);
  });

  it("finds the registrations made after the claimant's, too, checked again at the claim", async () => {
    const taras = person("Taras", "Bondarenko", "1977-08-19", { nationality: "UA" });
    const real = await register(taras, "taras@test.haven");
    // Registered after his, under another spelling: it is held, but the claim is on his.
    const other = await register({ ...taras, givenName: "Tarass" }, "other@test.haven");
    expect(await heldItem(real.id)).toBeUndefined();
    const claim = await real.agent.call("POST", `/api/registrations/${real.id}/claims`, {
      statement: "Someone registered a Tarass Bondarenko with my birthday.",
    });
    expect(claim.status).toBe(202);
    const item = await heldItem(real.id);
    expect(item.people[0].matches).toEqual([
      expect.objectContaining({ registrationId: other.id, registrationStatus: "review" }),
    ]);
    const decided = await officer.call("POST", `/api/registrations/${real.id}/review`, {
      decision: "accepted",
      reason: "Checked at the port: the other registration is not a real person.",
      void: [other.id],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    // Voided, the other registration is no longer held either, and its request is withdrawn.
    expect(await heldItem(other.id)).toBeUndefined();
    const requests = await server.services.db
      .selectFrom("appointment_requests")
      .select("window_date")
      .where("registration_id", "in", [real.id, other.id])
      .execute();
    expect(requests).toEqual([{ window_date: WINDOW_DATE }]);
  });
});
