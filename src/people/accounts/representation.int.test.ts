import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersons } from "../../demo/persons.ts";
import { seedDemo } from "../../demo/seed.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";

/** Who sees which case: appearances with consent, family links, referrals. */
describe(`relationships: attorneys, families and referrals (${testEngine})`, () => {
  let server: TestServer;
  const caseOf = async (key: string) => {
    const aNumber = demoPersons.find((demo) => demo.key === key)?.person.aNumber ?? "";
    return server.services.db
      .selectFrom("cases")
      .innerJoin("persons", "persons.id", "cases.person_id")
      .select(["cases.id", "cases.reference", "cases.version"])
      .where("persons.a_number", "=", aNumber)
      .executeTakeFirstOrThrow();
  };
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("gives an attorney a case only while a consented appearance is in force, ending at withdrawal", async () => {
    const attorney = await server.as("attorney");
    const yulia = await server.signIn("yulia@demo.haven.test");
    const target = await caseOf("family-mother");
    const notThere = await attorney.call("GET", `/api/cases/${MISSING}`);
    const before = await attorney.call("GET", `/api/cases/${target.id}`);
    expect(before.status).toBe(404);
    expect(before.body).toEqual(notThere.body);

    const filed = await attorney.call("POST", "/api/appearances", {
      caseReference: target.reference,
      aNumber: "000000102",
      form: "EOIR-28",
    });
    const unmatched = await attorney.call("POST", "/api/appearances", {
      caseReference: target.reference,
      aNumber: "000000999",
      form: "EOIR-28",
    });
    expect(filed.status).toBe(202);
    expect(unmatched.status).toBe(202);
    expect(Object.keys(filed.body)).toEqual(Object.keys(unmatched.body));
    const mine = await attorney.call("GET", "/api/appearances");
    const pending = mine.body.appearances.filter((a: { status: string }) => a.status === "pending");
    expect(pending).toHaveLength(2);
    for (const appearance of pending) expect(appearance.caseId).toBeNull();
    expect((await attorney.call("GET", `/api/cases/${target.id}`)).status).toBe(404);

    // Another applicant cannot consent to it; the applicant of the case can.
    const irina = await server.as("applicant");
    expect((await irina.call("POST", `/api/appearances/${filed.body.id}/consent`)).status).toBe(
      404,
    );
    const offered = await yulia.call("GET", "/api/appearances");
    expect(offered.body.appearances.map((a: { id: string }) => a.id)).toEqual([filed.body.id]);
    const consent = await yulia.call("POST", `/api/appearances/${filed.body.id}/consent`);
    expect(consent.status).toBe(200);
    expect(consent.body.appearance.status).toBe("in-force");

    const read = await attorney.call("GET", `/api/cases/${target.id}`);
    expect(read.status).toBe(200);
    const listed = await attorney.call("GET", "/api/cases");
    expect(listed.body.cases.map((c: { id: string }) => c.id)).toContain(target.id);
    const command = await attorney.call("POST", `/api/cases/${target.id}/commands`, {
      expectedVersion: read.body.version,
      command: { type: "ChangeAddress", address: "12 Palm Ave, San Diego" },
    });
    expect(command.status).toBe(200);

    const withdrawn = await attorney.call("POST", `/api/appearances/${filed.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    const after = await attorney.call("GET", `/api/cases/${target.id}`);
    expect(after.status).toBe(404);
    expect(after.body).toEqual(notThere.body);
    const late = await attorney.call("POST", `/api/cases/${target.id}/commands`, {
      expectedVersion: command.body.version,
      command: { type: "ChangeAddress", address: "elsewhere" },
    });
    expect(late.status).toBe(404);
    expect(
      (await attorney.call("GET", "/api/cases")).body.cases.map((c: { id: string }) => c.id),
    ).not.toContain(target.id);
    const actions = await server.services.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "appearance.%")
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "appearance.file",
      "appearance.file",
      "appearance.list",
      "appearance.list",
      "appearance.consent",
      "appearance.withdraw",
    ]);
  });

  it("lets an applicant see their own case and the family members they registered, nobody else's", async () => {
    const agent = server.agent();
    await agent.call("POST", "/api/auth/register", {
      email: "olena@example.org",
      password: "sunflowers in kherson",
      preferredLanguage: "uk",
    });
    const person = (givenName: string) => ({
      person: { givenName, familyName: "Test", nationality: "UA", languages: ["uk"] },
      occurredAt: "2023-03-01T10:00:00Z",
    });
    const self = await agent.call("POST", "/api/cases", person("Olena"));
    const child = await agent.call("POST", "/api/cases", person("Mykola"));
    expect([self.status, child.status]).toEqual([201, 201]);
    const listed = await agent.call("GET", "/api/cases");
    expect(listed.body.cases.map((c: { id: string }) => c.id).sort()).toEqual(
      [self.body.id, child.body.id].sort(),
    );
    const links = await server.services.db
      .selectFrom("account_persons")
      .innerJoin("cases", "cases.person_id", "account_persons.person_id")
      .select(["cases.id", "account_persons.relation"])
      .where("cases.id", "in", [self.body.id, child.body.id])
      .orderBy("account_persons.relation", "desc")
      .execute();
    expect(links).toEqual([
      { id: self.body.id, relation: "self" },
      { id: child.body.id, relation: "family" },
    ]);
    const irina = await server.as("applicant");
    expect((await irina.call("GET", `/api/cases/${child.body.id}`)).status).toBe(404);
    const teacher = await caseOf("teacher");
    expect((await agent.call("GET", `/api/cases/${teacher.id}`)).status).toBe(404);
    expect((await irina.call("GET", `/api/cases/${teacher.id}`)).status).toBe(200);
    const yulia = await server.signIn("yulia@demo.haven.test");
    const family = (await yulia.call("GET", "/api/cases")).body.cases.map(
      (c: { id: string }) => c.id,
    );
    expect(family.sort()).toEqual(
      [(await caseOf("family-mother")).id, (await caseOf("family-father")).id].sort(),
    );
  });

  it("lets an NGO screener see only the people they referred", async () => {
    const screener = await server.as("ngo_screener");
    const referred = await screener.call("POST", "/api/cases", {
      person: { givenName: "Ana", familyName: "Referida", nationality: "HN", languages: ["es"] },
      occurredAt: "2023-05-01T10:00:00Z",
    });
    expect(referred.status).toBe(201);
    const seen = (await screener.call("GET", "/api/cases")).body.cases.map(
      (c: { id: string }) => c.id,
    );
    expect(seen.sort()).toEqual(
      [
        referred.body.id,
        (await caseOf("younger-brother")).id,
        (await caseOf("older-brother")).id,
      ].sort(),
    );
    expect((await screener.call("GET", `/api/cases/${(await caseOf("teacher")).id}`)).status).toBe(
      404,
    );
    const commands = await screener.call("POST", `/api/cases/${referred.body.id}/commands`, {
      expectedVersion: 1,
      command: { type: "ChangeAddress", address: "x" },
    });
    expect(commands.status).toBe(403);
  });

  it("refuses a command to a role that may see the case but not run that command", async () => {
    const cbp = await server.as("cbp_officer");
    const judge = await server.as("immigration_judge");
    const teacher = await caseOf("teacher");
    const refused = await cbp.call("POST", `/api/cases/${teacher.id}/commands`, {
      expectedVersion: teacher.version,
      command: { type: "IssueIJDecision" },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe("Your role may not run the command IssueIJDecision.");
    const reached = await judge.call("POST", `/api/cases/${teacher.id}/commands`, {
      expectedVersion: teacher.version,
      command: { type: "IssueIJDecision" },
    });
    expect(reached.status).toBe(400); // through access, to the engine's schema
  });
});
