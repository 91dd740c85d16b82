import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersons } from "../../demo/persons.ts";
import { seedDemo } from "../../demo/seed.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { call, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { requireDeclarations } from "./declare.ts";
import { buildServer } from "./server.ts";

describe(`the HTTP server (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("refuses to register a route that does not declare who may call it or its audit event", async () => {
    const app = Fastify();
    requireDeclarations(app);
    expect(() => app.get("/api/undeclared", async () => ({}))).toThrow(
      /does not declare who may call it \(access\); refusing to start/,
    );
    expect(() =>
      app.get(
        "/api/no-audit",
        { config: { access: { permission: "case.read" } } },
        async () => ({}),
      ),
    ).toThrow(/does not declare its audit event; refusing to start/);
    expect(() =>
      app.get(
        "/api/no-access",
        { config: { audit: { kind: "none", why: "test" } } },
        async () => ({}),
      ),
    ).toThrow(/does not declare who may call it/);
    app.get(
      "/api/declared",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "none", why: "test" },
        },
      },
      async () => ({}),
    );
    await app.ready();
    expect(app.routeTable).toEqual([
      expect.objectContaining({
        url: "/api/declared",
        access: { permission: "case.read", relationship: "case" },
      }),
    ]);
    await app.close();
  });

  it("sends security headers on every answer, and HSTS only over TLS", async () => {
    for (const url of ["/", "/api/health", "/api/cases"]) {
      const answer = await server.app.inject({ method: "GET", url });
      const csp = String(answer.headers["content-security-policy"]);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain("unsafe-inline");
      expect(answer.headers["x-content-type-options"], url).toBe("nosniff");
      expect(answer.headers["referrer-policy"], url).toBe("no-referrer");
      expect(answer.headers["x-frame-options"], url).toBe("SAMEORIGIN");
      expect(answer.headers["strict-transport-security"], url).toBeUndefined();
    }
    // Behind a TLS-terminating proxy Haven trusts, the browser is told to keep to HTTPS.
    const proxied = await buildServer(server.services, {
      logLevel: "silent",
      trustProxy: true,
      routes: [],
    });
    const overTls = await proxied.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-forwarded-proto": "https" },
    });
    expect(overTls.headers["strict-transport-security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    await proxied.close();
  });

  it("serves an OpenAPI document that lists every API route, and browsable docs", async () => {
    const openapi = await call(server.baseUrl, "GET", "/api/openapi.json");
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    const documented = Object.keys(openapi.body.paths).map((p) => p.replace(/\{(\w+)\}/g, ":$1"));
    for (const route of server.app.routeTable) {
      if (route.url === "/api/openapi.json") continue;
      expect(documented).toContain(route.url);
    }
    const docs = await fetch(`${server.baseUrl}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger");
  });

  it("audits every read of a case, with the reader and the case id but no name", async () => {
    const officer = await server.as("asylum_officer");
    const list = await officer.call("GET", "/api/cases");
    const id = list.body.cases[0].id;
    await officer.call("GET", `/api/cases/${id}`);
    const reads = await server.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "in", ["case.read", "case.list"])
      .orderBy("id")
      .execute();
    expect(reads.map((r) => [r.action, r.subject_id])).toEqual([
      ["case.list", null],
      ["case.read", id],
    ]);
    const session = await officer.call("GET", "/api/auth/session");
    for (const read of reads) expect(read.actor).toBe(`account:${session.body.account.id}`);
    const serialized = JSON.stringify(reads);
    for (const demo of demoPersons) expect(serialized).not.toContain(demo.person.familyName);
  });

  it("writes no name, A-number or date of birth of any demo person to the application log", async () => {
    const officer = await server.as("cbp_officer");
    const list = await officer.call("GET", "/api/cases");
    for (const summary of list.body.cases) await officer.call("GET", `/api/cases/${summary.id}`);
    await officer.call("POST", "/api/cases", {
      person: { ...demoPersons[0]?.person, aNumber: "000000999" },
      occurredAt: "bad",
    });
    const log = server.logLines.join("\n");
    expect(server.logLines.length).toBeGreaterThan(10);
    for (const { person } of demoPersons) {
      for (const secret of [
        person.givenName,
        person.familyName,
        person.nativeFamilyName,
        person.aNumber,
        person.dateOfBirth,
      ]) {
        if (!secret) continue;
        // As a token of its own: a response time may hold nine digits in a row by chance.
        const token = new RegExp(
          `(?<![0-9.])${secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![0-9])`,
        );
        expect(log).not.toMatch(token);
      }
    }
  });

  it("serves the web app for any page path and a problem for an unknown API path", async () => {
    const unknown = await call(server.baseUrl, "GET", "/api/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain("application/problem+json");
  });
});
