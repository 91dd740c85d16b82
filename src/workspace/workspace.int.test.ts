import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import type { Agent } from "../platform/testing/agent.ts";
import { openPersonCase } from "../testing/services.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

interface Line {
  id: string;
  reference: string;
  displayName: string;
}

/** Staff's workspace over HTTP: the worklist by post and due time, search, a case's actions. */
describe(`the officers' workspace (${testEngine})`, () => {
  let server: TestServer;
  let ice: Agent;
  let cbp: Agent;
  const caseOf = (aNumber: string) =>
    server.services.db
      .selectFrom("cases")
      .innerJoin("persons", "persons.id", "cases.person_id")
      .select(["cases.id", "cases.version", "cases.reference"])
      .where("persons.a_number", "=", aNumber)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    server = await startTestServer(() => new Date("2023-09-01T12:00:00Z"));
    await seedDemo(server.services);
    ice = await server.as("ice_officer");
    cbp = await server.as("cbp_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  it("finds a case by a name in either script and its spellings, by A-number and by reference", async () => {
    for (const q of ["Sergeyev Dmitri", "Dmitriy Sergeev", "Дмитрий Сергеев", "сергеев"]) {
      const answer = await ice.call("GET", `/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.status, q).toBe(200);
      expect(answer.body.by).toBe("name");
      const names = answer.body.cases.map((line: Line) => line.displayName);
      expect(names, q).toContain("Dmitri Sergeyev");
      if (q === "сергеев") expect(names).toContain("Pavel Sergeyev");
      else expect(names, q).not.toContain("Pavel Sergeyev");
    }
    const dmitri = await caseOf("000000105");
    for (const q of ["A000-000-105", "a 000000105", "000000105", "00000105"]) {
      const answer = await ice.call("GET", `/api/search?q=${encodeURIComponent(q)}`);
      expect(answer.body.by, q).toBe("a-number");
      expect(
        answer.body.cases.map((line: Line) => line.id),
        q,
      ).toEqual([dmitri.id]);
    }
    const byReference = await ice.call("GET", `/api/search?q=${dmitri.reference.toLowerCase()}`);
    expect(byReference.body.by).toBe("reference");
    expect(byReference.body.cases.map((line: Line) => line.id)).toEqual([dmitri.id]);
  });

  it("pages search results and refuses a bad query with 400 naming the field", async () => {
    const first = await ice.call("GET", "/api/search?q=Sergeyev&limit=1");
    expect(first.body.cases).toHaveLength(1);
    expect(first.body.more).toBe(true);
    const second = await ice.call("GET", "/api/search?q=Sergeyev&limit=1&offset=1");
    expect(second.body.cases).toHaveLength(1);
    expect(second.body.more).toBe(false);
    expect(second.body.cases[0].id).not.toBe(first.body.cases[0].id);
    for (const q of ["x", "%00%00ab", "a".repeat(201)]) {
      const bad = await ice.call("GET", `/api/search?q=${q}`);
      expect(bad.status, q).toBe(400);
      expect(bad.contentType).toContain("application/problem+json");
      expect(JSON.stringify(bad.body.errors)).toContain("q");
    }
  });

  it("lets an applicant search only among the cases they may see", async () => {
    const applicant = await server.as("applicant");
    const answer = await applicant.call("GET", "/api/search?q=Sergeyev");
    expect(answer.status).toBe(200);
    expect(answer.body.cases).toEqual([]);
    const analyst = await server.as("analyst");
    expect((await analyst.call("GET", "/api/search?q=Sergeyev")).status).toBe(403);
    expect((await server.agent().call("GET", "/api/search?q=Sergeyev")).status).toBe(401);
  });

  it("lists the CBP officer's work at the port first by due time, the 72-hour hold with its warning at 60", async () => {
    const opened = await openPersonCase(
      server.services,
      {
        givenName: "Oleg",
        familyName: "Petrov",
        nationality: "RU",
        languages: ["ru"],
      },
      "2023-09-01T01:00:00Z",
    );
    const at = "2023-09-01T02:00:00Z";
    const recorded = await cbp.call("POST", `/api/cases/${opened.id}/commands`, {
      expectedVersion: opened.version,
      occurredAt: at,
      command: { type: "RecordEncounter", place: "San Ysidro port of entry", port: "san_ysidro" },
    });
    expect(recorded.status).toBe(200);
    const list = await cbp.call("GET", "/api/worklist");
    expect(list.status).toBe(200);
    expect(list.body.scope).toBe("post");
    expect(list.body.post).toEqual({ kind: "port", id: "san_ysidro", name: "San Ysidro" });
    const item = list.body.items.find((entry: { case: Line }) => entry.case.id === opened.id);
    expect(item).toMatchObject({
      item: "custody.cbp-disposition",
      dueAt: "2023-09-04T02:00:00.000Z",
      warnAt: "2023-09-03T14:00:00.000Z",
      ruleId: "encounters.cbp-holding-72h",
    });
    const dues = list.body.items.map((entry: { dueAt: string | null }) =>
      entry.dueAt ? Date.parse(entry.dueAt) : Number.POSITIVE_INFINITY,
    );
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it("pages the worklist with a cursor, every item once, and refuses a cursor it did not make", async () => {
    for (const [givenName, hoursAgo] of [
      ["Anna", 5],
      ["Boris", 30],
    ] as const) {
      const opened = await openPersonCase(
        server.services,
        { givenName, familyName: "Kuznetsov", nationality: "RU", languages: ["ru"] },
        "2023-08-30T00:00:00Z",
      );
      await cbp.call("POST", `/api/cases/${opened.id}/commands`, {
        expectedVersion: opened.version,
        occurredAt: new Date(
          Date.parse("2023-09-01T12:00:00Z") - hoursAgo * 3_600_000,
        ).toISOString(),
        command: { type: "RecordEncounter", place: "Between ports near Jacumba", port: null },
      });
    }
    const whole = await cbp.call("GET", "/api/worklist?scope=all&limit=100");
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { items: { item: string; case: Line }[]; next: string | null } } =
        await cbp.call("GET", `/api/worklist?scope=all&limit=1${after ? `&after=${after}` : ""}`);
      seen.push(...page.body.items.map((entry) => `${entry.case.id}/${entry.item}`));
      after = page.body.next;
    } while (after);
    expect(seen).toEqual(
      whole.body.items.map(
        (entry: { item: string; case: Line }) => `${entry.case.id}/${entry.item}`,
      ),
    );
    expect(seen.length).toBeGreaterThanOrEqual(3);
    // The post's list holds the items that have no post yet (between ports) beside the port's.
    const post = await cbp.call("GET", "/api/worklist");
    expect(post.body.items.length).toBe(seen.length);
    const bad = await ice.call("GET", "/api/worklist?after=bm90LWEtY3Vyc29y");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.after");
  });

  it("offers the commands a role may run now as forms, and shows a barred one with its rule", async () => {
    const older = await caseOf("000000105");
    const answer = await ice.call("GET", `/api/cases/${older.id}/actions`);
    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(older.version);
    const byType = new Map(
      answer.body.actions.map((action: { type: string }) => [action.type, action]),
    );
    expect(byType.has("RedetermineBond")).toBe(false);
    // A removal runs through a flight's manifest (removal/flights), not as a command of the case.
    expect(byType.has("ExecuteRemoval")).toBe(false);
    expect(byType.get("OrderExpeditedRemoval")).toMatchObject({
      available: false,
      refusal: {
        rule: "removal.expedited.not-in-expedited-removal",
        citation: "INA 235(b)(1)(A)(i)",
      },
    });
    expect(byType.get("SetBond")).toMatchObject({
      fields: [
        { name: "amountCents", kind: "money", required: true },
        { name: "setBy", kind: "choice", options: ["ice", "ij"] },
      ],
    });
    const judge = await server.as("immigration_judge");
    const judged = await judge.call("GET", `/api/cases/${older.id}/actions`);
    const judgeTypes = judged.body.actions.map((action: { type: string }) => action.type);
    expect(judgeTypes).toContain("RedetermineBond");
    expect(judgeTypes).not.toContain("SetBond");
    const analyst = await server.as("analyst");
    expect((await analyst.call("GET", `/api/cases/${older.id}/actions`)).status).toBe(403);
  });
});
