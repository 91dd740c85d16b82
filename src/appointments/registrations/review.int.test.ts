import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { seedAppointmentsDemo } from "../demo.ts";
import { newApplicant, OPEN_WINDOW_NOW, person, registration } from "../testing/kit.ts";

describe(`registrations held for review (${testEngine})`, () => {
  let server: TestServer;
  let officer: Agent;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    officer = await server.as("cbp_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  /** A registered person, then another account's registration that the check holds for review. */
  async function heldPair(
    first: ReturnType<typeof person>,
    second: ReturnType<typeof person>,
    email: string,
  ) {
    const registered = await newApplicant(server);
    const original = await registered.call("POST", "/api/registrations", registration(first));
    expect(original.status).toBe(201);
    const applicant = await newApplicant(server, "uk");
    const held = await applicant.call(
      "POST",
      "/api/registrations",
      registration(second, [], { contact: { email }, language: "uk" }),
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(held.body.status).toBe("active");
    return { applicant, originalId: original.body.id as string, heldId: held.body.id as string };
  }

  it("shows the officer each held person beside the registered person it may be", async () => {
    expect(await seedAppointmentsDemo(server.services)).toEqual({ seeded: true });
    const { heldId, originalId } = await heldPair(
      person("Tamara", "Orlova", "1984-07-02", {
        nativeGivenName: "Тамара",
        nativeFamilyName: "Орлова",
      }),
      person("Tamara", "Orlova", "1984-02-07"),
      "orlova@test.haven",
    );
    const answer = await officer.call("GET", "/api/registrations/held");
    expect(answer.status).toBe(200);
    expect(answer.body.total).toBe(answer.body.registrations.length);
    expect(answer.body.next).toBeNull();
    expect(answer.body.total).toBe(2); // this test's and the demo's
    const held = answer.body.registrations.find((r: { id: string }) => r.id === heldId);
    expect(held).toMatchObject({
      language: "uk",
      reason: expect.stringMatching(/day and month swapped/),
      people: [
        {
          position: 0,
          givenName: "Tamara",
          familyName: "Orlova",
          nativeName: null,
          dateOfBirth: "1984-02-07",
          matches: [
            {
              registrationId: originalId,
              registrationStatus: "active",
              givenName: "Tamara",
              familyName: "Orlova",
              nativeName: "Тамара Орлова",
              dateOfBirth: "1984-07-02",
              code: "identity.review.date-transposed",
            },
          ],
          moreMatches: 0,
        },
      ],
      claims: [],
    });
    // The demo's held registration is in the queue too (the officer's page has one to show).
    const demo = answer.body.registrations.find(
      (r: { people: { dateOfBirth: string }[] }) => r.people[0]?.dateOfBirth === "1984-12-05",
    );
    expect(demo?.people[0]).toMatchObject({
      givenName: "Irina",
      nativeName: "Ирина Воронова",
      matches: [{ dateOfBirth: "1984-05-12", code: "identity.review.date-transposed" }],
    });
    // Nobody else's queue: the applicant may not read it.
    const applicant = await newApplicant(server);
    expect((await applicant.call("GET", "/api/registrations/held")).status).toBe(403);
  });

  it("an acceptance keeps the registration active and tells the applicant nothing: it was never shown as held", async () => {
    const { applicant, heldId } = await heldPair(
      person("Dmitrii", "Sokolov", "1975-05-09"),
      person("Sokolov", "Dmitrii", "1975-05-09"),
      "sokolov@test.haven",
    );
    const before = await applicant.call("GET", "/api/registrations/mine");
    expect(before.body.registrations[0]).toMatchObject({ status: "active", review: null });
    const decided = await officer.call("POST", `/api/registrations/${heldId}/review`, {
      decision: "accepted",
      reason: "  Different people: the other registration is his father's brother.  ",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toEqual({ id: heldId, status: "active" });
    const row = await server.services.db
      .selectFrom("appointment_registrations")
      .select(["status", "held_since", "review_decision", "review_note", "reviewed_by"])
      .where("id", "=", heldId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "active",
      held_since: null,
      review_decision: "accepted",
      review_note: "Different people: the other registration is his father's brother.",
      reviewed_by: expect.stringMatching(/^account:/),
    });
    const after = await applicant.call("GET", "/api/registrations/mine");
    expect(after.body).toEqual(before.body);
    const mail = await server.services.db
      .selectFrom("outbox")
      .select("id")
      .where("recipient", "=", "sokolov@test.haven")
      .execute();
    expect(mail).toEqual([]);
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_id", "=", heldId)
      .where("action", "=", "registration.review")
      .execute();
    expect(audit).toEqual([{ action: "registration.review", details: { decision: "accepted" } }]);
    expect(JSON.stringify(audit)).not.toContain("father");
    const queue = await officer.call("GET", "/api/registrations/held");
    expect(queue.body.registrations.some((r: { id: string }) => r.id === heldId)).toBe(false);
  });

  it("a refusal is told to the applicant with the officer's reason; a second decision is a conflict", async () => {
    const { applicant, heldId } = await heldPair(
      person("Yulia", "Morozova", "1993-11-20"),
      person("Morozova", "Yulia", "1993-11-20"),
      "morozova@test.haven",
    );
    const refused = await officer.call("POST", `/api/registrations/${heldId}/review`, {
      decision: "refused",
      reason: "The same person is already registered by another account.",
    });
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe("refused");
    const mail = await server.mailbox.next("morozova@test.haven");
    expect(mail.text).toContain("The same person is already registered by another account.");
    const mine = await applicant.call("GET", "/api/registrations/mine");
    expect(mine.body.registrations[0]).toMatchObject({
      status: "refused",
      review: {
        decision: "refused",
        reason: "The same person is already registered by another account.",
      },
    });
    const again = await officer.call("POST", `/api/registrations/${heldId}/review`, {
      decision: "accepted",
      reason: "Changed my mind.",
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("already-reviewed");
    const row = await server.services.db
      .selectFrom("appointment_registrations")
      .select(["status", "review_decision"])
      .where("id", "=", heldId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "refused", review_decision: "refused" });
    // A refused registration asks for nothing.
    const ask = await applicant.call("POST", `/api/registrations/${heldId}/requests`);
    expect(ask.status).toBe(409);
  });

  it("of two officers deciding at once, one wins and the other gets a conflict", async () => {
    const { heldId } = await heldPair(
      person("Oleksandr", "Bondar", "1969-01-12"),
      person("Bondar", "Oleksandr", "1969-01-12"),
      "bondar@test.haven",
    );
    // The same officer's account signed in a second time stands for a second officer.
    const second = await server.signIn("cbp@demo.haven.test");
    const answers = await Promise.all([
      officer.call("POST", `/api/registrations/${heldId}/review`, {
        decision: "accepted",
        reason: "Checked: different people.",
      }),
      second.call("POST", `/api/registrations/${heldId}/review`, {
        decision: "refused",
        reason: "Checked: the same person.",
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it("names the field of a bad decision and changes nothing", async () => {
    const { heldId } = await heldPair(
      person("Natalia", "Pavlenko", "1990-04-30"),
      person("Pavlenko", "Natalia", "1990-04-30"),
      "pavlenko@test.haven",
    );
    const url = `/api/registrations/${heldId}/review`;
    const noReason = await officer.call("POST", url, { decision: "refused", reason: "   " });
    const voidWithRefusal = await officer.call("POST", url, {
      decision: "refused",
      reason: "x",
      void: [heldId],
    });
    expect(voidWithRefusal.status).toBe(400);
    expect(voidWithRefusal.body.errors[0].field).toBe("body.void");
    const voidStranger = await officer.call("POST", url, {
      decision: "accepted",
      reason: "x",
      void: ["00000000-0000-4000-8000-000000000001"],
    });
    expect(voidStranger.status).toBe(422);
    expect(voidStranger.body.errors[0].field).toBe("body.void");
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: "body.reason", message: "give the reason" }]);
    const badDecision = await officer.call("POST", url, { decision: "maybe", reason: "x" });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.errors[0].field).toBe("body.decision");
    const badId = await officer.call("POST", "/api/registrations/not-a-uuid/review", {
      decision: "accepted",
      reason: "x",
    });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe("params.id");
    const row = await server.services.db
      .selectFrom("appointment_registrations")
      .select(["status", "held_since", "review_decision"])
      .where("id", "=", heldId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "active", held_since: expect.any(Date) });
    expect(row.review_decision).toBeNull();
  });
});
