import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import {
  newApplicant,
  OPEN_WINDOW_NOW,
  person,
  registration,
  WINDOW_DATE,
} from "../testing/kit.ts";

describe(`registration for appointments (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
  });
  afterAll(async () => {
    await server.close();
  });

  it("registers a principal and family, with a request for the open window", async () => {
    const applicant = await newApplicant(server);
    const answer = await applicant.call(
      "POST",
      "/api/registrations",
      registration(
        person("Olena", "Kovalenko", "1988-02-11", {
          nativeGivenName: "Олена",
          nativeFamilyName: "Коваленко",
          nationality: "UA",
          languages: ["uk", "ru"],
        }),
        [person("Mykola", "Kovalenko", "2015-07-30", { nationality: "UA" })],
      ),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({
      status: "active",
      people: [{ displayName: "Olena Kovalenko" }, { displayName: "Mykola Kovalenko" }],
      request: { windowDate: WINDOW_DATE },
    });
    const mine = await applicant.call("GET", "/api/registrations/mine");
    expect(mine.status).toBe(200);
    expect(mine.body.registrations).toHaveLength(1);
    expect(mine.body.registrations[0]).toMatchObject({
      id: answer.body.id,
      status: "active",
      preferredPorts: ["san_ysidro", "el_paso"],
      requests: [{ windowDate: WINDOW_DATE, status: "pending" }],
      appointment: null,
    });
    // The people are on the registration, in order; their persons rows and the account's links
    // to them are made at check-in, for the people who come.
    const personIds = answer.body.people.map((p: { personId: string }) => p.personId);
    const people = await server.services.db
      .selectFrom("registration_people")
      .select(["person_id", "position", "given_name", "nationality"])
      .where("registration_id", "=", answer.body.id)
      .orderBy("position")
      .execute();
    expect(people).toEqual([
      { person_id: personIds[0], position: 0, given_name: "Olena", nationality: "UA" },
      { person_id: personIds[1], position: 1, given_name: "Mykola", nationality: "UA" },
    ]);
    const persons = await server.services.db
      .selectFrom("persons")
      .select("id")
      .where("id", "in", personIds)
      .execute();
    expect(persons).toEqual([]);
  });

  it("names every bad field, and has no fee field", async () => {
    const applicant = await newApplicant(server);
    const answer = await applicant.call("POST", "/api/registrations", {
      principal: {
        givenName: "",
        familyName: "Petrov",
        dateOfBirth: "1990-13-01",
        nationality: "ru",
      },
      members: Array.from({ length: 8 }, () => person("A", "B", "2000-01-01")),
      language: "xx",
      preferredPorts: ["tijuana"],
      fee: 10,
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toContain("application/problem+json");
    const fields = answer.body.errors.map((e: { field: string }) => e.field);
    for (const field of [
      "body.principal.givenName",
      "body.principal.dateOfBirth",
      "body.principal.nationality",
      "body.members",
      "body.language",
      "body.preferredPorts.0",
    ]) {
      expect(fields).toContain(field);
    }
    expect(JSON.stringify(answer.body)).toContain("fee");
    const future = await applicant.call(
      "POST",
      "/api/registrations",
      registration(person("Ivan", "Future", "2099-01-01")),
    );
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe("body.principal.dateOfBirth");
    // A name is letters: no emoji, and Latin letters where the passport's are asked for.
    const odd = await applicant.call("POST", "/api/registrations", {
      ...registration(
        person("Юлия 🙂", "S".repeat(500), "1990-01-01", { nativeGivenName: "🙂🙂🙂" }),
      ),
    });
    expect(odd.status).toBe(400);
    expect(odd.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "body.principal.givenName",
          message: expect.stringMatching(/Latin letters/),
        }),
        expect.objectContaining({
          field: "body.principal.familyName",
          message: expect.stringMatching(/at most 100/),
        }),
        expect.objectContaining({ field: "body.principal.nativeGivenName" }),
      ]),
    );
  });

  it("refuses a person already registered by another account, across transliterations", async () => {
    const first = await newApplicant(server);
    const created = await first.call(
      "POST",
      "/api/registrations",
      registration(person("Aleksei", "Smirnov", "1985-04-20"), [
        person("Iuliia", "Smirnova", "1987-09-03"),
      ]),
    );
    expect(created.status).toBe(201);
    const variants = [
      [person("Alexey", "Smirnov", "1985-04-20"), "body.principal"],
      [person("Alexei", "Smirnoff", "1985-04-20"), "body.principal"],
      [
        person("Aleksey", "Smirnov", "1985-04-20", { nativeGivenName: "Алексей" }),
        "body.principal",
      ],
      [person("Oleksii", "Smirnov", "1985-04-20"), "body.principal"],
    ] as const;
    for (const [variant, field] of variants) {
      const second = await newApplicant(server);
      const answer = await second.call("POST", "/api/registrations", registration(variant));
      if (variant.familyName === "Smirnoff") {
        // Not a spelling rule: a very similar name goes to review, not refusal.
        expect([202, 409]).toContain(answer.status);
        continue;
      }
      expect(answer.status, `${variant.givenName} ${variant.familyName}`).toBe(409);
      expect(answer.body).toMatchObject({ code: "duplicate-person" });
      expect(answer.body.errors[0].field).toBe(field);
    }
    // A family member registered again, as a member of another family: named by position.
    const third = await newApplicant(server);
    const member = await third.call(
      "POST",
      "/api/registrations",
      registration(person("Pavel", "Orlov", "1970-01-01"), [
        person("Anna", "Orlova", "1972-02-02"),
        person("Yulia", "Smirnova", "1987-09-03"),
      ]),
    );
    expect(member.status).toBe(409);
    expect(member.body.errors[0].field).toBe("body.members.1");
  });

  it("sends a probable match to review instead of refusing it", async () => {
    const first = await newApplicant(server);
    expect(
      (
        await first.call(
          "POST",
          "/api/registrations",
          registration(person("Dmitrii", "Volkov", "1991-03-05")),
        )
      ).status,
    ).toBe(201);
    const second = await newApplicant(server);
    const answer = await second.call(
      "POST",
      "/api/registrations",
      registration(person("Volkov", "Dmitrii", "1991-03-05")),
    );
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ status: "review" });
    expect(answer.body.reason).toMatch(/officer will check/);
  });

  it("lets exactly one of many simultaneous registrations of one person through", async () => {
    const spellings = ["Sergei", "Sergey", "Serhii", "Sergej", "Serhiy", "Sergii"];
    const agents = await Promise.all(spellings.map(() => newApplicant(server)));
    const answers = await Promise.all(
      agents.map((agent, at) =>
        agent.call(
          "POST",
          "/api/registrations",
          registration(person(spellings[at] as string, "Kuznetsov", "1979-12-24")),
        ),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(
      statuses.filter((s) => s === 201),
      JSON.stringify(answers.map((a) => a.body)),
    ).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(spellings.length - 1);
    const rows = await server.services.db
      .selectFrom("registration_people")
      .select("family_block")
      .where("date_of_birth", "=", "1979-12-24")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses a second request for the same window, and requests only for the applicant's own", async () => {
    const applicant = await newApplicant(server);
    const created = await applicant.call(
      "POST",
      "/api/registrations",
      registration(person("Viktor", "Lebedev", "1966-06-06"), [], { requestCurrentWindow: false }),
    );
    expect(created.body.request).toBeNull();
    const url = `/api/registrations/${created.body.id}/requests`;
    const other = await newApplicant(server);
    expect((await other.call("POST", url)).status).toBe(404);
    const first = await applicant.call("POST", url);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ windowDate: WINDOW_DATE });
    const again = await applicant.call("POST", url);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("already-requested");
  });
});
