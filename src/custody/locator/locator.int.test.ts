import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Agent } from "../../platform/testing/agent.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/** The server's day: a person born on 2008-06-02 is 17 (a minor), one born on 1990-04-12 is 36. */
const NOW = "2026-06-01T15:00:00Z";

interface Person {
  givenName: string;
  familyName: string;
  nativeGivenName?: string;
  nativeFamilyName?: string;
  dateOfBirth: string;
  nationality: string;
  aNumber: string;
}

const DETAINED: Person = {
  givenName: "Aleksei",
  familyName: "Volkov",
  nativeGivenName: "Алексей",
  nativeFamilyName: "Волков",
  dateOfBirth: "1990-04-12",
  nationality: "RU",
  aNumber: "200000001",
};
const RELEASED: Person = {
  givenName: "Marina",
  familyName: "Kuznetsova",
  nativeGivenName: "Марина",
  nativeFamilyName: "Кузнецова",
  dateOfBirth: "1988-09-30",
  nationality: "RU",
  aNumber: "200000002",
};
const MINOR: Person = {
  givenName: "Artem",
  familyName: "Belov",
  nativeGivenName: "Артём",
  nativeFamilyName: "Белов",
  dateOfBirth: "2008-06-02",
  nationality: "RU",
  aNumber: "200000003",
};

/** Every string in a parsed JSON value. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(texts);
}

/** A raw answer: status, content type, Retry-After and the body exactly as sent. */
interface Raw {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

describe(`the public detainee locator (${testEngine})`, () => {
  let server: TestServer;
  let visitor: Agent;

  /** POSTs a search as a browser with no account would (its session cookie and CSRF token). */
  async function search(body: unknown): Promise<Raw> {
    if (!visitor.csrfToken) await visitor.session();
    const response = await fetch(`${server.baseUrl}/api/locator/search`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-csrf-token": visitor.csrfToken ?? "",
        cookie: `haven_session=${visitor.cookie ?? ""}`,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get("content-type"),
      retryAfter: response.headers.get("retry-after"),
      text: await response.text(),
    };
  }

  const byNumber = (aNumber: string, countryOfBirth = "RU") => search({ aNumber, countryOfBirth });
  const byName = (
    person: Pick<Person, "familyName" | "givenName" | "dateOfBirth">,
    country = "RU",
  ) =>
    search({
      familyName: person.familyName,
      givenName: person.givenName,
      dateOfBirth: person.dateOfBirth,
      countryOfBirth: country,
    });

  /** Opens a case for the person and runs the commands, each as CBP or ICE would. */
  async function caseOf(person: Person, commands: { as: Agent; command: unknown }[]) {
    const cbp = await server.as("cbp_officer");
    const opened = await cbp.call("POST", "/api/cases", {
      person: { ...person, languages: ["ru"] },
      occurredAt: "2026-05-20T10:00:00Z",
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    let version: number = opened.body.version;
    for (const { as, command } of commands) {
      const ran = await as.call("POST", `/api/cases/${opened.body.id}/commands`, {
        expectedVersion: version,
        command,
      });
      expect(ran.status, JSON.stringify(ran.body)).toBe(200);
      version = ran.body.version;
    }
    return opened.body.id as string;
  }

  beforeAll(async () => {
    server = await startTestServer(() => new Date(NOW));
    const cbp = await server.as("cbp_officer");
    const ice = await server.as("ice_officer");
    const detained = [
      { as: cbp, command: { type: "RecordEncounter", place: "Near Tecate", port: null } },
      {
        as: cbp,
        command: {
          type: "ProcessUnderTitle8",
          pathway: "expedited_removal",
          notAcceptedByMexico: true,
        },
      },
      { as: ice, command: { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" } },
    ];
    await caseOf(DETAINED, [
      ...detained,
      {
        as: ice,
        command: { type: "TransferToFacility", facilityId: "imperial-regional-detention-facility" },
      },
    ]);
    await caseOf(RELEASED, [
      ...detained,
      { as: ice, command: { type: "GrantParole", basis: "urgent_humanitarian" } },
    ]);
    await caseOf(MINOR, detained);
    visitor = server.agent();
  });
  afterAll(async () => {
    await server?.close();
  });
  // Every test starts with the throttle's minute behind it (all of them search from 127.0.0.1).
  beforeEach(() => {
    server.clock.advance(2 * 60_000);
  });

  it("finds a detained adult by A-number and country, with the facility alone", async () => {
    for (const typed of ["200000001", "A200000001", "A-200-000-001", "a 200 000 001"]) {
      const answer = await byNumber(typed);
      expect(answer.status, typed).toBe(200);
      expect(JSON.parse(answer.text), typed).toEqual({
        found: true,
        facility: {
          name: "Imperial Regional Detention Facility",
          address: {
            street: "1572 Gateway Road",
            city: "Calexico",
            state: "CA",
            postalCode: "92231",
          },
          phone: "(760) 768-6400",
          visiting: expect.stringContaining("Wednesday to Sunday"),
          timeZone: "America/Los_Angeles",
        },
      });
    }
    // The right number with another country is no one.
    expect(JSON.parse((await byNumber("200000001", "UA")).text)).toEqual({ found: false });
  });

  it("finds them by name and date of birth in Latin and Cyrillic spellings", async () => {
    const spellings = [
      { givenName: "Aleksei", familyName: "Volkov" },
      { givenName: "Alexey", familyName: "Volkov" },
      { givenName: "ALEKSEY", familyName: "VOLKOV" },
      { givenName: "Алексей", familyName: "Волков" },
      { givenName: "Алексей", familyName: "ВОЛКОВ" },
      // The Ukrainian form of the name, in Ukrainian letters and in the Ukrainian passport's.
      { givenName: "Олексій", familyName: "Волков" },
      { givenName: "Oleksii", familyName: "Volkov" },
    ];
    for (const names of spellings) {
      const answer = await byName({ ...names, dateOfBirth: DETAINED.dateOfBirth });
      expect(answer.status, names.givenName).toBe(200);
      const body = JSON.parse(answer.text);
      expect(body.found, `${names.givenName} ${names.familyName}`).toBe(true);
      expect(body.facility.name).toBe("Imperial Regional Detention Facility");
    }
    // Another date of birth, or another family name, is no one.
    const otherDay = await byName({
      givenName: "Aleksei",
      familyName: "Volkov",
      dateOfBirth: "1990-04-13",
    });
    expect(JSON.parse(otherDay.text)).toEqual({ found: false });
    const otherName = await byName({
      givenName: "Aleksei",
      familyName: "Volkova",
      dateOfBirth: DETAINED.dateOfBirth,
    });
    expect(JSON.parse(otherName.text)).toEqual({ found: false });
  });

  it("answers no match, a released person and a detained minor byte for byte the same", async () => {
    // The minor is held (the read model has him); the released woman is not.
    const held = await server.services.db
      .selectFrom("detainees")
      .innerJoin("persons", "persons.id", "detainees.person_id")
      .select(["persons.a_number", "detainees.facility_id"])
      .orderBy("persons.a_number")
      .execute();
    expect(held).toEqual([
      { a_number: DETAINED.aNumber, facility_id: "imperial-regional-detention-facility" },
      { a_number: MINOR.aNumber, facility_id: "otay-mesa-detention-center" },
    ]);
    const answers = [
      await byNumber("200000009"),
      await byNumber(RELEASED.aNumber),
      await byNumber(MINOR.aNumber),
      await byName({ givenName: "Nobody", familyName: "Known", dateOfBirth: "1990-01-01" }),
      await byName(RELEASED),
      await byName(MINOR),
      await byName({ givenName: "Артём", familyName: "Белов", dateOfBirth: MINOR.dateOfBirth }),
    ];
    for (const answer of answers) {
      expect(answer).toEqual({
        status: 200,
        contentType: answers[0]?.contentType,
        retryAfter: null,
        text: '{"found":false}',
      });
    }
  });

  it("puts nothing of the person, their case or their claim in a found answer", async () => {
    const answer = await byNumber(DETAINED.aNumber);
    const body = JSON.parse(answer.text);
    expect(Object.keys(body).sort()).toEqual(["facility", "found"]);
    expect(Object.keys(body.facility).sort()).toEqual([
      "address",
      "name",
      "phone",
      "timeZone",
      "visiting",
    ]);
    expect(Object.keys(body.facility.address).sort()).toEqual([
      "city",
      "postalCode",
      "state",
      "street",
    ]);
    for (const secret of ["Volkov", "Волков", "Aleksei", DETAINED.aNumber, DETAINED.dateOfBirth]) {
      expect(answer.text).not.toContain(secret);
    }
  });

  it("refuses bad searches with a 400 problem naming the field, NUL characters included", async () => {
    const cases: [unknown, string][] = [
      [{}, "body.countryOfBirth"],
      [{ countryOfBirth: "RU" }, "body.familyName"],
      [{ aNumber: "12", countryOfBirth: "RU" }, "body.aNumber"],
      [{ aNumber: "200000001", countryOfBirth: "Russia" }, "body.countryOfBirth"],
      [{ aNumber: "200000001", countryOfBirth: "RU", familyName: "Volkov" }, "body.familyName"],
      [{ familyName: "Volkov", givenName: "Aleksei", countryOfBirth: "RU" }, "body.dateOfBirth"],
      [
        {
          familyName: "Volkov",
          givenName: "Aleksei",
          dateOfBirth: "0000-01-01",
          countryOfBirth: "RU",
        },
        "body.dateOfBirth",
      ],
      [
        {
          familyName: "Volkov",
          givenName: "Aleksei",
          dateOfBirth: "1990-02-30",
          countryOfBirth: "RU",
        },
        "body.dateOfBirth",
      ],
      [
        {
          familyName: "Volkov",
          givenName: "Aleksei",
          dateOfBirth: "2030-01-01",
          countryOfBirth: "RU",
        },
        "body.dateOfBirth",
      ],
      [
        {
          familyName: "Vol\u0000kov",
          givenName: "Aleksei",
          dateOfBirth: "1990-04-12",
          countryOfBirth: "RU",
        },
        "body.familyName",
      ],
      [
        {
          familyName: "Volkov",
          givenName: "\u0000",
          dateOfBirth: "1990-04-12",
          countryOfBirth: "RU",
        },
        "body.givenName",
      ],
      [{ aNumber: "2000\u000000001", countryOfBirth: "RU" }, "body.aNumber"],
      [{ aNumber: "200000001", countryOfBirth: "R\u0000" }, "body.countryOfBirth"],
      [
        {
          familyName: "12345",
          givenName: "Aleksei",
          dateOfBirth: "1990-04-12",
          countryOfBirth: "RU",
        },
        "body.familyName",
      ],
    ];
    for (const [body, field] of cases) {
      const answer = await search(body);
      const label = JSON.stringify(body);
      expect(answer.status, label).toBe(400);
      expect(answer.contentType, label).toContain("application/problem+json");
      const problem = JSON.parse(answer.text);
      expect(
        problem.errors.map((e: { field: string }) => e.field),
        label,
      ).toContain(field);
      expect(problem.detail, label).toMatch(/^body/);
    }
    // A name given while searching by A-number is named, and no search is made.
    const both = JSON.parse(
      (
        await search({
          aNumber: "200000001",
          countryOfBirth: "RU",
          givenName: "A",
          familyName: "B",
          dateOfBirth: "1990-01-01",
        })
      ).text,
    );
    expect(both.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "body.dateOfBirth",
      "body.familyName",
      "body.givenName",
    ]);
  });

  it("throttles searches from one address, 40 sent at once included: 429 with Retry-After, then lets them through again", async () => {
    // Sent at once: each is counted before its search, so no more than 20 get through.
    const burst = await Promise.all(Array.from({ length: 40 }, () => byNumber("200000009")));
    expect(burst.filter((answer) => answer.status === 200)).toHaveLength(20);
    expect(burst.filter((answer) => answer.status === 429)).toHaveLength(20);
    const refused = await byNumber(DETAINED.aNumber);
    expect(refused.status).toBe(429);
    expect(refused.contentType).toContain("application/problem+json");
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 429, title: "Too many searches" });
    expect(refused.text).not.toContain("Imperial");
    server.clock.advance((Number(refused.retryAfter) + 1) * 1000);
    expect(JSON.parse((await byNumber(DETAINED.aNumber)).text).found).toBe(true);
  });

  it("audits every search by its kind alone, and logs no name, A-number or date of birth", async () => {
    const { db } = server.services;
    const count = async () =>
      (
        await db
          .selectFrom("audit_log")
          .select("id")
          .where("action", "=", "locator.search")
          .execute()
      ).length;
    const before = await count();
    await byNumber(DETAINED.aNumber);
    await byName(DETAINED);
    await byNumber("200000009");
    expect(await count()).toBe(before + 3);

    const entries = await db
      .selectFrom("audit_log")
      .select(["actor", "subject_type", "subject_id", "details"])
      .where("action", "=", "locator.search")
      .orderBy("id")
      .execute();
    expect(entries.slice(-3)).toEqual([
      {
        actor: "anonymous",
        subject_type: "locator_search",
        subject_id: null,
        details: { by: "aNumber" },
      },
      {
        actor: "anonymous",
        subject_type: "locator_search",
        subject_id: null,
        details: { by: "name" },
      },
      {
        actor: "anonymous",
        subject_type: "locator_search",
        subject_id: null,
        details: { by: "aNumber" },
      },
    ]);
    const everything = JSON.stringify(entries);
    // Only the log's texts: its numbers (times, durations) may hold any run of digits.
    const log = server.logLines.flatMap((line) => texts(JSON.parse(line))).join("\n");
    for (const person of [DETAINED, RELEASED, MINOR]) {
      for (const secret of [
        person.familyName,
        person.givenName,
        person.nativeFamilyName ?? "",
        person.aNumber,
        person.dateOfBirth,
      ]) {
        expect(everything).not.toContain(secret);
        expect(log).not.toContain(secret);
      }
    }
  });
});
