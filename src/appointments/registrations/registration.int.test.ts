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

  it("meets every one of many simultaneous registrations of one person: one unmatched, the rest held", async () => {
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
    expect(
      answers.map((a) => a.status),
      JSON.stringify(answers.map((a) => a.body)),
    ).toEqual(spellings.map(() => 201));
    const rows = await server.services.db
      .selectFrom("registration_people as p")
      .innerJoin("appointment_registrations as r", "r.id", "p.registration_id")
      .select(["p.identity_taken", "r.held_since"])
      .where("p.date_of_birth", "=", "1979-12-24")
      .execute();
    expect(rows).toHaveLength(spellings.length);
    // The unique identity key among those not taken lets exactly one through as the first.
    expect(rows.filter((row) => !row.identity_taken)).toHaveLength(1);
    expect(rows.filter((row) => row.held_since !== null)).toHaveLength(spellings.length - 1);
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
