import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { seedDemo } from "../../demo/seed.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../../platform/auth/access.ts";
import { startTestServer } from "../testServer.ts";

const run = promisify(execFile);
export const SQLMAP = "/usr/bin/sqlmap";

export interface SqlmapTarget {
  what: string;
  method: "GET" | "POST";
  /** The path and query; `*` marks a place in the path for sqlmap to inject into. */
  url: string;
  body?: unknown;
  role: "cbp_officer" | "court_clerk" | "immigration_judge";
}

export interface SqlmapFigures {
  targets: { what: string; injectable: boolean; summary: string }[];
  injectable: number;
  /** A server built to be injectable, run first: sqlmap must find it, or its run proves nothing. */
  control: { injectable: boolean; summary: string };
}

/** Parameters that reach SQL: paging, search, ids in paths, filters, JSON bodies. */
function targets(caseId: string): SqlmapTarget[] {
  return [
    {
      what: "case list paging",
      method: "GET",
      url: "/api/cases?limit=5&offset=0",
      role: "cbp_officer",
    },
    {
      what: "search",
      method: "GET",
      url: "/api/search?q=Irina&limit=5&offset=0",
      role: "cbp_officer",
    },
    {
      what: "a case by id (path)",
      method: "GET",
      url: `/api/cases/${caseId}*`,
      role: "cbp_officer",
    },
    {
      what: "worklist cursor",
      method: "GET",
      url: "/api/worklist?scope=post&limit=5",
      role: "cbp_officer",
    },
    {
      what: "docket filters",
      method: "GET",
      url: "/api/courts/eoir-san-diego/docket?day=2026-12-07&judge=ij-eoir-san-diego-1&free=false",
      role: "court_clerk",
    },
    {
      what: "appointments of a port and day",
      method: "GET",
      url: "/api/appointments?port=san_ysidro&date=2026-12-01",
      role: "cbp_officer",
    },
    {
      what: "open a case (JSON body)",
      method: "POST",
      url: "/api/cases",
      body: {
        person: {
          givenName: "Probe",
          familyName: "Person",
          dateOfBirth: "1990-01-01",
          nationality: "VE",
          languages: ["es"],
        },
        occurredAt: "2024-05-01T10:00:00Z",
      },
      role: "cbp_officer",
    },
  ];
}

/**
 * Debian's sqlmap against a Haven of its own on loopback (demo data, signed in as staff), one
 * run per target, boolean, error, union and stacked techniques (and time-based ones when `thorough`).
 * A target is injectable when sqlmap says it identified an injection point.
 */
export async function sqlmapHaven(thorough: boolean): Promise<SqlmapFigures> {
  if (!existsSync(SQLMAP)) {
    throw new Error("sqlmap is not installed: apt-get install sqlmap (Debian's package)");
  }
  const server = await startTestServer();
  const output = await mkdtemp(path.join(tmpdir(), "haven-sqlmap-"));
  try {
    await seedDemo(server.services);
    const cases = await server.services.db.selectFrom("cases").select("id").limit(1).execute();
    const figures: SqlmapFigures = {
      targets: [],
      injectable: 0,
      control: await injectableControl(output, thorough),
    };
    for (const target of targets(cases[0]?.id ?? "")) {
      const agent = await server.as(target.role);
      const result = await sqlmap(`${server.baseUrl}${target.url}`, output, thorough, {
        method: target.method,
        cookie: `${SESSION_COOKIE}=${agent.cookie}`,
        headers: `${CSRF_HEADER}: ${agent.csrfToken}`,
        body: target.body,
      });
      const injectable = result.injectable;
      figures.targets.push({ what: target.what, ...result });
      if (injectable) figures.injectable++;
    }
    return figures;
  } finally {
    await server.close();
    await rm(output, { recursive: true, force: true });
  }
}

async function sqlmap(
  url: string,
  output: string,
  thorough: boolean,
  request: { method: string; cookie?: string; headers?: string; body?: unknown },
): Promise<{ injectable: boolean; summary: string }> {
  const args = [
    SQLMAP,
    "-u",
    url,
    "--method",
    request.method,
    "--batch",
    "--flush-session",
    "--dbms=PostgreSQL",
    `--technique=${thorough ? "BEUST" : "BEUS"}`,
    "--level=2",
    "--risk=1",
    "--disable-coloring",
    `--output-dir=${output}`,
    `--headers=Accept: application/json${request.headers ? `\n${request.headers}` : ""}`,
  ];
  // The session cookie is the caller's credential, not an input to test.
  if (request.cookie) args.push(`--cookie=${request.cookie}`, `--skip=${SESSION_COOKIE}`);
  if (request.body) args.push(`--data=${JSON.stringify(request.body)}`);
  const { stdout } = await run("python3", args, {
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; message: string }) => ({
    stdout: error.stdout ?? error.message,
  }));
  const injectable =
    /identified the following injection point/.test(stdout) ||
    /parameter '.*' (is|appears to be) '.*' injectable/i.test(stdout);
  const lines = stdout.split("\n").map((line) => line.trim().replace(/^\[[\d:]+\] /, ""));
  const summary =
    lines.filter((line) => /injectable|not appear|CRITICAL/i.test(line)).slice(-1)[0] ?? "";
  return { injectable, summary: summary.slice(0, 160) };
}

/** A page that pastes its parameter into SQL (PGlite in memory): what sqlmap must catch. */
async function injectableControl(
  output: string,
  thorough: boolean,
): Promise<{ injectable: boolean; summary: string }> {
  const db = new PGlite();
  await db.exec("create table people (name text); insert into people values ('a'), ('b');");
  const server = createServer(async (request, response) => {
    const name = new URL(request.url ?? "/", "http://x").searchParams.get("name") ?? "";
    try {
      const result = await db.query(`select count(*)::int as n from people where name = '${name}'`);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(result.rows));
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String((error as Error).message));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await sqlmap(`http://127.0.0.1:${port}/people?name=a`, output, thorough, {
      method: "GET",
    });
  } finally {
    server.close();
    await db.close();
  }
}
