import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "../../demo/accounts.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { can, roles } from "../auth/roles.ts";
import type { DeclaredRoute } from "../http/declare.ts";

const BAD_IDS = [
  "abc",
  "1",
  "%00",
  "x".repeat(3000),
  "'%20or%201=1",
  "..%2F..%2Fetc",
  "%F0%9F%98%80",
];
const BAD_QUERIES = ["limit=-1", "limit=abc", "offset=1e99", "limit=100000", "limit=", "offset=-5"];
const BAD_BODIES = [
  "{bad json",
  "[]",
  "null",
  '"a string"',
  "123",
  "{}",
  '{"person": null}',
  '{"expectedVersion": "one", "command": {"type": 5}}',
  '{"expectedVersion": -1, "command": {}}',
  '{"expectedVersion": 1.5, "command": {"type": ""}}',
  JSON.stringify({ person: { givenName: "x".repeat(100_000) }, occurredAt: "yesterday" }),
  "[".repeat(5000),
];

/** A problem's detail names where the bad input is: the body, a parameter or the query. */
const NAMES_A_FIELD = /^(body|params|querystring|headers)\b/;

describe(`bad input on every route (${testEngine})`, () => {
  let server: TestServer;
  let caseId: string;
  /**
   * Who asks: a demo account whose role may call the route (so the input reaches validation),
   * or a fresh anonymous browser for public routes; routes that end sessions get a fresh one.
   */
  const callerFor = async (route: DeclaredRoute): Promise<Agent> => {
    const access = route.access;
    if ("public" in access) {
      const agent = server.agent();
      await agent.session();
      return agent;
    }
    const role = roles.find((r) => can(r, access.permission)) ?? "administrator";
    if (route.url.includes("logout")) {
      return server.signIn(demoAccounts.find((a) => a.role === role)?.email ?? "");
    }
    return server.as(role === "applicant" && access.relationship ? "cbp_officer" : role);
  };
  beforeAll(async () => {
    server = await startTestServer();
    const cbp = await server.as("cbp_officer");
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName: "A", familyName: "B", nationality: "RU", languages: ["ru"] },
      occurredAt: "2023-01-01T00:00:00Z",
    });
    caseId = opened.body.id;
  });
  afterAll(async () => {
    await server.close();
  });

  const apiRoutes = () => server.app.routeTable.filter((route) => route.url.startsWith("/api/"));

  it("answers malformed ids, queries and bodies with a 4xx that names the field, never a 5xx", async () => {
    let requests = 0;
    for (const route of apiRoutes()) {
      const urls = route.url.includes(":id")
        ? BAD_IDS.map((id) => route.url.replace(":id", id))
        : [route.url];
      const queries = route.method === "GET" ? ["", ...BAD_QUERIES] : [""];
      const bodies = route.hasBody ? BAD_BODIES : [undefined];
      for (const url of urls) {
        for (const query of queries) {
          for (const body of bodies) {
            const caller = await callerFor(route);
            const answer = await caller.call(route.method, query ? `${url}?${query}` : url, body);
            requests += 1;
            expect(
              answer.status,
              `${route.method} ${url}?${query} ${String(body).slice(0, 40)}`,
            ).toBeLessThan(500);
            if (answer.status === 400) {
              expect(answer.contentType).toContain("application/problem+json");
              expect(answer.body.detail).toMatch(NAMES_A_FIELD);
            }
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(50);
  });

  it("refuses a NUL character anywhere and a year 0000, naming the field, writing nothing", async () => {
    const cbp = await server.as("cbp_officer");
    const anyone = server.agent();
    await anyone.session();
    const person = { givenName: "A", familyName: "B", nationality: "RU", languages: ["ru"] };
    const before = await server.services.db
      .selectFrom("case_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const cases: [Agent, string, string, unknown, string][] = [
      [
        cbp,
        "POST",
        "/api/cases",
        { person: { ...person, givenName: "A\u0000" } },
        "body.person.givenName",
      ],
      [
        cbp,
        "POST",
        "/api/cases",
        { person, occurredAt: "0000-01-01T00:00:00Z" },
        "body.occurredAt",
      ],
      [
        cbp,
        "POST",
        "/api/cases",
        { person: { ...person, dateOfBirth: "0000-06-01" } },
        "body.person.dateOfBirth",
      ],
      [
        cbp,
        "POST",
        `/api/cases/${caseId}/commands`,
        {
          expectedVersion: 1,
          command: { type: "RecordEncounter", place: "Otay\u0000Mesa", port: null },
        },
        "body.command.place",
      ],
      [cbp, "GET", "/api/search?q=Orlov%00", undefined, "querystring.q"],
      [anyone, "GET", "/api/lottery/0000-01-01", undefined, "params.date"],
    ];
    for (const [agent, method, url, body, field] of cases) {
      const answer = await agent.call(
        method,
        url,
        body === undefined ? undefined : JSON.stringify(body),
      );
      expect(answer.status, `${method} ${url}`).toBe(400);
      expect(answer.contentType).toContain("application/problem+json");
      expect(answer.body.detail, `${method} ${url}`).toContain(field);
    }
    const after = await server.services.db
      .selectFrom("case_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("answers the framework's own refusals in problem+json, naming what is wrong", async () => {
    const cbp = await server.as("cbp_officer");
    const cases: [string, string, string | undefined, number, RegExp][] = [
      ["GET", `/api/cases/${caseId}%E0%A4%A`, undefined, 400, /^params\b/],
      ["GET", `/api/cases/${"a".repeat(150)}`, undefined, 400, /^params\b/],
      [
        "POST",
        "/api/cases",
        '{"__proto__": {"admin": true}, "person": {"givenName": "A"}}',
        400,
        /^body\b/,
      ],
      [
        "POST",
        "/api/cases",
        '{"person": {"constructor": {"prototype": {"admin": true}}}}',
        400,
        /^body\b/,
      ],
      ["POST", "/api/cases", "x".repeat(300 * 1024), 413, /^body\b/],
    ];
    for (const [method, url, body, status, names] of cases) {
      const answer = await cbp.call(method, url, body);
      expect(answer.status, `${method} ${url.slice(0, 60)}`).toBe(status);
      expect(answer.contentType, `${method} ${url.slice(0, 60)}`).toContain(
        "application/problem+json",
      );
      expect(answer.body.detail, `${method} ${url.slice(0, 60)}`).toMatch(names);
    }
  });

  it("answers generated JSON bodies on every write route without a 5xx, never touching the case", async () => {
    const writeRoutes = apiRoutes().filter((route) => route.hasBody);
    expect(writeRoutes.length).toBeGreaterThan(0);
    const before = await server.services.db
      .selectFrom("case_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writeRoutes),
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            expectedVersion: fc.oneof(fc.integer(), fc.string(), fc.double()),
            command: fc.oneof(fc.jsonValue(), fc.record({ type: fc.string() })),
          }),
          fc.record({ person: fc.jsonValue(), occurredAt: fc.string() }),
        ),
        async (route, body) => {
          const url = route.url.replace(":id", caseId);
          const caller = await callerFor(route);
          const answer = await caller.call(route.method, url, JSON.stringify(body));
          expect(answer.status).toBeLessThan(500);
          if (answer.status === 400) expect(answer.body.detail).toMatch(NAMES_A_FIELD);
        },
      ),
      { numRuns: 300 },
    );
    const after = await server.services.db
      .selectFrom("case_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    // Any generated body that happened to be valid opened a case; none touched the existing one.
    const events = await server.services.db
      .selectFrom("case_events")
      .select("seq")
      .where("case_id", "=", caseId)
      .execute();
    expect(events).toHaveLength(1);
    expect(Number(after.n)).toBeGreaterThanOrEqual(Number(before.n));
  });
});
