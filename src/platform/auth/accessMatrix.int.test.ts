import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "../../demo/accounts.ts";
import { demoPersons } from "../../demo/persons.ts";
import { seedDemo } from "../../demo/seed.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { type Role, roles } from "./roles.ts";

/**
 * The authorization matrix: every API route × every role (and nobody signed in) × the case it
 * is asked about — the caller's own (a case they are related to), another's (related to someone
 * else), one nobody is related to, and one that does not exist. The table is checked against the
 * server's own route table, so a route added without an entry here fails this test.
 */
type Who = Role | "anonymous";
type Relation = "own" | "another's" | "unrelated" | "missing";
const whos: Who[] = [...roles, "anonymous"];
const relations: Relation[] = ["own", "another's", "unrelated", "missing"];
const MISSING = "00000000-0000-4000-8000-000000000000";

interface Entry {
  /** Case routes are asked about each relation; the `:id` is that case. */
  caseRoute?: true;
  url?: (id: string) => string;
  body?: unknown;
  /** Runs last, on a fresh sign-in (it ends sessions). */
  endsSessions?: true;
  expect: (who: Who, relation: Relation) => number;
}

const CASE_READERS: Who[] = ["applicant", "attorney", "ngo_screener", ...staffCaseRoles()];
function staffCaseRoles(): Role[] {
  return ["cbp_officer", "ice_officer", "asylum_officer", "immigration_judge", "court_clerk"];
}
const STAFF: Who[] = roles.filter((role) => role !== "applicant");

/** 401 for nobody, 403 for a role outside `allowed`, else `ok`. */
const only =
  (allowed: readonly Who[], ok: number) =>
  (who: Who): number =>
    who === "anonymous" ? 401 : allowed.includes(who) ? ok : 403;

/** A case route: the permission by role, then the relationship (404 exactly as a missing case). */
const caseAnswer =
  (allowed: readonly Who[], ok: (who: Who) => number) =>
  (who: Who, relation: Relation): number => {
    if (who === "anonymous") return 401;
    if (!allowed.includes(who)) return 403;
    if (relation === "missing") return 404;
    const seesAll = (staffCaseRoles() as Who[]).includes(who);
    if (relation !== "own" && !seesAll) return 404;
    return ok(who);
  };

const matrix: Record<string, Entry> = {
  "GET /api/health": { expect: () => 200 },
  "GET /api/ready": { expect: () => 200 },
  "GET /api/keys/signing": { expect: () => 200 },
  "GET /api/audit/checkpoints": { expect: () => 200 },
  "GET /api/openapi.json": { expect: () => 200 },
  "GET /api/auth/session": { expect: () => 200 },
  "POST /api/auth/register": { body: {}, expect: () => 400 },
  "POST /api/auth/login": { body: {}, expect: () => 400 },
  "POST /api/auth/totp": { body: {}, expect: only(STAFF, 400) },
  "POST /api/auth/totp/enrolment": { expect: only(STAFF, 409) },
  "POST /api/auth/totp/enrolment/confirm": { body: {}, expect: only(STAFF, 400) },
  "POST /api/auth/logout": { endsSessions: true, expect: () => 204 },
  "POST /api/auth/logout-everywhere": { endsSessions: true, expect: only(roles, 204) },
  "POST /api/auth/password-reset": { body: {}, expect: () => 400 },
  "POST /api/auth/password-reset/complete": { body: {}, expect: () => 400 },
  "GET /api/auth/invitations/:token": {
    url: () => "/api/auth/invitations/no-such-token",
    expect: () => 404,
  },
  "POST /api/auth/invitations/:token/accept": {
    url: () => "/api/auth/invitations/no-such-token/accept",
    body: {},
    expect: () => 400,
  },
  "GET /api/admin/accounts": { expect: only(["administrator"], 200) },
  "GET /api/admin/posts": { expect: only(["administrator"], 200) },
  "POST /api/admin/invitations": { body: {}, expect: only(["administrator"], 400) },
  "POST /api/admin/accounts/:id/totp-reset": {
    url: () => `/api/admin/accounts/${MISSING}/totp-reset`,
    expect: only(["administrator"], 404),
  },
  "GET /api/appearances": { expect: only(["applicant", "attorney"], 200) },
  "POST /api/appearances": { body: {}, expect: only(["attorney"], 400) },
  "POST /api/appearances/:id/consent": {
    url: () => `/api/appearances/${MISSING}/consent`,
    expect: only(["applicant"], 404),
  },
  "POST /api/appearances/:id/withdraw": {
    url: () => `/api/appearances/${MISSING}/withdraw`,
    expect: only(["applicant", "attorney"], 404),
  },
  "GET /api/cases": { expect: only(CASE_READERS, 200) },
  "POST /api/cases": { body: {}, expect: only(["applicant", "ngo_screener", "cbp_officer"], 400) },
  "GET /api/cases/:id": { caseRoute: true, expect: caseAnswer(CASE_READERS, () => 200) },
  "GET /api/cases/:id/diagram": { caseRoute: true, expect: caseAnswer(CASE_READERS, () => 200) },
  "GET /api/cases/:id/family-unit": {
    caseRoute: true,
    expect: caseAnswer(CASE_READERS, () => 200),
  },
  // the courts' dockets: read by the court and DHS counsel; sessions are the clerk's
  "GET /api/courts": {
    expect: only(["ice_officer", "immigration_judge", "court_clerk"], 200),
  },
  "GET /api/courts/:court/docket": {
    url: () => "/api/courts/eoir-san-diego/docket?day=2023-01-10",
    expect: only(["ice_officer", "immigration_judge", "court_clerk"], 200),
  },
  "POST /api/courts/:court/sessions": {
    url: () => "/api/courts/eoir-san-diego/sessions",
    body: {},
    expect: only(["court_clerk"], 400),
  },
  // notices: the list and its PDFs for whoever reads the case; the mail room records a posting
  "GET /api/cases/:id/notices": {
    caseRoute: true,
    expect: caseAnswer(CASE_READERS, () => 200),
  },
  "GET /api/cases/:id/notices/:file": {
    caseRoute: true,
    url: (id) => `/api/cases/${id}/notices/${MISSING}.pdf`,
    expect: caseAnswer(CASE_READERS, () => 404),
  },
  "POST /api/cases/:id/notices/:noticeId/mailings": {
    caseRoute: true,
    url: (id) => `/api/cases/${id}/notices/${MISSING}/mailings`,
    body: { postedOn: "2023-01-05" },
    expect: caseAnswer(["applicant", "attorney", ...staffCaseRoles()], () => 404),
  },
  "GET /api/cases/:id/actions": {
    caseRoute: true,
    expect: caseAnswer(["applicant", "attorney", ...staffCaseRoles()], () => 200),
  },
  // the workspace: worklist and search (an applicant's or attorney's search reaches only theirs)
  "GET /api/worklist": { expect: only(CASE_READERS, 200) },
  "GET /api/search": { url: () => "/api/search?q=Sergeyev", expect: only(CASE_READERS, 200) },
  "POST /api/cases/:id/commands": {
    caseRoute: true,
    // A stale version: 409 means the caller got through every access check to the engine.
    body: { expectedVersion: 999_999, command: { type: "ChangeAddress", address: "1 Test St" } },
    expect: caseAnswer(["applicant", "attorney", ...staffCaseRoles()], (who) =>
      ["applicant", "attorney", "ice_officer", "court_clerk"].includes(who) ? 409 : 403,
    ),
  },
  // appointments at ports of entry (docs/api-appointments.md)
  "GET /api/appointments/window": { expect: () => 200 },
  "POST /api/registrations": { body: {}, expect: only(["applicant"], 400) },
  "GET /api/registrations/mine": { expect: only(["applicant"], 200) },
  "POST /api/registrations/:id/requests": {
    url: () => `/api/registrations/${MISSING}/requests`,
    expect: only(["applicant"], 404),
  },
  "POST /api/registrations/:id/claims": {
    url: () => `/api/registrations/${MISSING}/claims`,
    body: { statement: "Someone registered in my name." },
    expect: only(["applicant"], 404),
  },
  "GET /api/registrations/held": { expect: only(["cbp_officer"], 200) },
  "POST /api/registrations/:id/review": {
    url: () => `/api/registrations/${MISSING}/review`,
    body: { decision: "accepted", reason: "Checked against the other registration." },
    expect: only(["cbp_officer"], 404),
  },
  "GET /api/lottery/observer": { expect: only(["ngo_screener"], 200) },
  "GET /api/lottery/draws": { expect: () => 200 },
  "GET /api/lottery/:date": { url: () => "/api/lottery/2001-01-01", expect: () => 404 },
  "GET /api/lottery/:date/rounds": {
    url: () => "/api/lottery/2001-01-01/rounds",
    expect: () => 404,
  },
  "GET /api/lottery/:date/requests": {
    url: () => "/api/lottery/2001-01-01/requests",
    expect: () => 404,
  },
  "POST /api/lottery/:date/commitments": {
    url: () => "/api/lottery/2001-01-01/commitments",
    body: {},
    expect: only(["ngo_screener"], 400),
  },
  "POST /api/lottery/:date/reveals": {
    url: () => "/api/lottery/2001-01-01/reveals",
    body: {},
    expect: only(["ngo_screener"], 400),
  },
  "POST /api/admin/lottery/:date/close": {
    url: () => "/api/admin/lottery/2001-01-01/close",
    expect: only(["administrator"], 404),
  },
  "POST /api/admin/lottery/:date/draw": {
    url: () => "/api/admin/lottery/2001-01-01/draw",
    expect: only(["administrator"], 404),
  },
  "PUT /api/admin/capacity": { body: {}, expect: only(["administrator"], 400) },
  "PUT /api/admin/removals": { body: {}, expect: only(["administrator"], 400) },
  "GET /api/policy-log": { expect: () => 200 },
  // removal flights (src/removal/flights/routes.ts)
  "POST /api/removal-flights": { body: {}, expect: only(["ice_officer"], 400) },
  "GET /api/removal-flights": { expect: only(["ice_officer"], 200) },
  "GET /api/removal-flights/:id": {
    url: () => `/api/removal-flights/${MISSING}`,
    expect: only(["ice_officer"], 404),
  },
  "POST /api/removal-flights/:id/manifest": {
    url: () => `/api/removal-flights/${MISSING}/manifest`,
    body: {},
    expect: only(["ice_officer"], 400),
  },
  "POST /api/removal-flights/:id/manifest/:caseId/outcome": {
    url: () => `/api/removal-flights/${MISSING}/manifest/${MISSING}/outcome`,
    body: {},
    expect: only(["ice_officer"], 400),
  },
  "POST /api/removal-flights/:id/cancel": {
    url: () => `/api/removal-flights/${MISSING}/cancel`,
    body: {},
    expect: only(["ice_officer"], 400),
  },
  "POST /api/locator/search": { body: {}, expect: () => 400 },
  "POST /api/family-units": { body: {}, expect: only(["cbp_officer"], 400) },
  "GET /api/appointments": { expect: only(["cbp_officer"], 200) },
  "POST /api/appointments/check-in": { body: {}, expect: only(["cbp_officer"], 400) },
  "POST /api/appointments/:code/no-show": {
    url: () => "/api/appointments/ZZZZ-ZZZZ/no-show",
    expect: only(["cbp_officer"], 404),
  },
  "POST /api/referrals": { body: {}, expect: only(["ngo_screener"], 400) },
  "GET /api/referrals": { expect: only(["ngo_screener", "cbp_officer"], 200) },
  "POST /api/referrals/:id/decision": {
    url: () => `/api/referrals/${MISSING}/decision`,
    body: {},
    expect: only(["cbp_officer"], 400),
  },
};

describe(`the authorization matrix (${testEngine})`, () => {
  let server: TestServer;
  const cases = new Map<string, string>();
  /** The case each role counts as its own, another's, and nobody's. */
  const caseFor = (who: Who, relation: Relation): string => {
    const key = {
      own: who === "ngo_screener" ? "younger-brother" : "teacher",
      "another's":
        who === "applicant"
          ? "family-mother"
          : who === "ngo_screener"
            ? "teacher"
            : "family-mother",
      unrelated: "detained-months",
      missing: "",
    }[relation];
    return cases.get(key) ?? MISSING;
  };
  const agentFor = async (who: Who, fresh = false): Promise<Agent> => {
    if (who === "anonymous") {
      const agent = server.agent();
      await agent.session();
      return agent;
    }
    const email = demoAccounts.find((account) => account.role === who)?.email ?? "";
    return fresh ? server.signIn(email) : server.as(who);
  };

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
    for (const demo of demoPersons) {
      const row = await server.services.db
        .selectFrom("cases")
        .innerJoin("persons", "persons.id", "cases.person_id")
        .select("cases.id")
        .where("persons.a_number", "=", demo.person.aNumber ?? "")
        .executeTakeFirstOrThrow();
      cases.set(demo.key, row.id);
    }
  });
  afterAll(async () => {
    await server.close();
  });

  it("has an entry for every route the server serves, and none for a route it does not", () => {
    const served = server.app.routeTable.map((route) => `${route.method} ${route.url}`);
    for (const key of served)
      expect(Object.keys(matrix), `no matrix entry for ${key}`).toContain(key);
    for (const key of Object.keys(matrix)) expect(served, `stale entry ${key}`).toContain(key);
  });

  it("gives every role the expected answer on every route, for every case relation", async () => {
    const failures: string[] = [];
    let cells = 0;
    const entries = Object.entries(matrix).sort(
      ([, a], [, b]) => Number(a.endsSessions ?? 0) - Number(b.endsSessions ?? 0),
    );
    for (const [key, entry] of entries) {
      const [method = "", pattern = ""] = key.split(" ");
      for (const who of whos) {
        for (const relation of entry.caseRoute ? relations : (["own"] as Relation[])) {
          const id = caseFor(who, relation);
          const url = entry.url ? entry.url(id) : pattern.replace(":id", id);
          const agent = await agentFor(who, entry.endsSessions);
          const answer = await agent.call(method, url, entry.body);
          cells += 1;
          const expected = entry.expect(who, relation);
          if (answer.status !== expected) {
            failures.push(`${key} as ${who} (${relation}): ${answer.status}, expected ${expected}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(250);
  });

  it("answers a case the caller may not see exactly as a case that does not exist", async () => {
    for (const who of ["applicant", "attorney", "ngo_screener"] as const) {
      const agent = await agentFor(who, true);
      for (const suffix of ["", "/diagram"]) {
        const hidden = await agent.call("GET", `/api/cases/${caseFor(who, "unrelated")}${suffix}`);
        const missing = await agent.call("GET", `/api/cases/${MISSING}${suffix}`);
        expect(hidden.status).toBe(404);
        expect(hidden.body).toEqual(missing.body);
        expect(hidden.contentType).toBe(missing.contentType);
      }
    }
  });
});
