import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { haven } from "../../pathway.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../../platform/auth/access.ts";
import { openDatabase } from "../../platform/database/open.ts";
import { buildServices } from "../../platform/services.ts";
import { Agent } from "../../platform/testing/agent.ts";
import { startPrivatePostgres } from "../privatePostgres.ts";
import { killed, startHavenProcess } from "../processes.ts";

const person = (n: number) => ({
  givenName: "Restart",
  familyName: `Load${n}`,
  dateOfBirth: "1990-01-01",
  nationality: "VE",
  languages: ["es"],
});

export interface Seen {
  method: string;
  status: number | "dropped";
  retryAfter: string | null;
  contentType: string | null;
}

export interface RestartFigures {
  restarts: number;
  seen: Seen[];
  /** Answers while the database was down, from /api/ready and /api/health, per restart. */
  whileDown: { ready: Seen; health: number }[];
  acknowledged: number;
  /** Acknowledged writes found in the database afterwards. */
  found: number;
  /** Whether the audit sequencer chained every entry again after the last restart. */
  auditChained: boolean;
}

/** Polls `check` until it holds; fails after `timeoutMs` or as soon as `alive` says no. */
async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  alive: () => string | null,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = alive();
    if (dead) throw new Error(`${what}: ${dead}`);
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A PostgreSQL server of its own (initdb, its own port), `haven start` on it with its background
 * work ticking fast, three workers writing and reading, and the server stopped (`pg_ctl stop -m
 * fast`, every session terminated) and started again `restarts` times. Haven itself is never
 * restarted. Returns every answer seen, for the caller to judge: only 2xx and 503 (problem+json
 * with Retry-After) are right.
 */
export async function restartUnderLoad(restarts: number): Promise<RestartFigures> {
  const database = await startPrivatePostgres();
  const dataDir = await mkdtemp(path.join(tmpdir(), "haven-restart-"));
  let child: ChildProcess | undefined;
  let exited: string | null = null;
  try {
    const handle = await openDatabase({ kind: "postgres", url: database.url }, haven.migrations);
    const services = buildServices(handle.db, haven.house, { outbox: { pollMs: 0 } });
    try {
      await seedDemoAccounts(services);
    } finally {
      await services.outbox.stop();
      await handle.close();
    }
    const started = await startHavenProcess({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      OUTBOX_POLL_MS: "100",
      AUDIT_SEQUENCE_INTERVAL_MS: "100",
      LOTTERY_TICK_MS: "200",
    });
    child = started.child;
    const url = started.url;
    let output = "";
    child.stderr?.on("data", (chunk) => {
      output = (output + String(chunk)).slice(-2_000);
    });
    child.once("exit", (code, signal) => {
      exited = `Haven exited (${code ?? signal}): ${output}`;
    });
    const alive = () => exited;

    const cbp = new Agent(url);
    const demo = demoAccounts.find((account) => account.role === "cbp_officer");
    await cbp.signIn(demo?.email ?? "", DEMO_PASSWORD, {
      secret: demo?.totpSecret ?? "",
      epochMs: Date.now(),
    });
    await cbp.session();

    const seen: Seen[] = [];
    const acknowledged: string[] = [];
    const whileDown: RestartFigures["whileDown"] = [];
    let stopping = false;
    const request = async (method: string, route: string, body?: unknown) => {
      try {
        const response = await fetch(`${url}${route}`, {
          method,
          headers: {
            cookie: `${SESSION_COOKIE}=${cbp.cookie}`,
            [CSRF_HEADER]: cbp.csrfToken ?? "",
            ...(body ? { "content-type": "application/json" } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(20_000),
        });
        const text = await response.text();
        seen.push({
          method,
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
          contentType: response.headers.get("content-type"),
        });
        return { status: response.status, body: text ? JSON.parse(text) : null };
      } catch {
        seen.push({ method, status: "dropped", retryAfter: null, contentType: null });
        return { status: 0, body: null };
      }
    };
    const succeeded = () => seen.filter((s) => typeof s.status === "number" && s.status < 300);
    const unavailable = () => seen.filter((s) => s.status === 503).length;

    let opened = 0;
    const loop = async (worker: number) => {
      while (!stopping) {
        const write = await request("POST", "/api/cases", {
          person: person(worker * 100_000 + opened++),
          occurredAt: "2024-05-01T10:00:00Z",
        });
        if (write.status === 201) acknowledged.push(write.body.id);
        const some = acknowledged[Math.floor(Math.random() * acknowledged.length)];
        await request("GET", some ? `/api/cases/${some}` : "/api/cases?limit=5");
      }
    };
    const loops = [1, 2, 3].map(loop);
    try {
      await until("steady load before the restarts", () => succeeded().length >= 60, alive);
      for (let restart = 1; restart <= restarts; restart++) {
        const before = unavailable();
        await database.stop();
        await until(
          `503s while the database is down (${restart})`,
          () => unavailable() >= before + 20,
          alive,
        );
        const ready = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(10_000) });
        const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
        whileDown.push({
          ready: {
            method: "GET",
            status: ready.status,
            retryAfter: ready.headers.get("retry-after"),
            contentType: ready.headers.get("content-type"),
          },
          health: health.status,
        });
        await database.start();
        await until(
          `ready again after restart ${restart}`,
          async () =>
            (
              await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(5_000) }).catch(
                () => null,
              )
            )?.status === 200,
          alive,
          90_000,
        );
        const ok = succeeded().length;
        await until(
          `requests succeed after restart ${restart}`,
          () => succeeded().length >= ok + 40,
          alive,
        );
      }
    } finally {
      stopping = true;
      await Promise.all(loops);
    }

    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    try {
      const found = await check.query<{ count: number }>(
        "select count(*)::int as count from cases where id = any($1::uuid[])",
        [acknowledged],
      );
      let auditChained = true;
      await until(
        "the audit sequencer chains again",
        async () =>
          (await check.query("select 1 from audit_log where seq is null limit 1")).rowCount === 0,
        alive,
      ).catch(() => {
        auditChained = false;
      });
      if (exited) throw new Error(exited);
      return {
        restarts,
        seen,
        whileDown,
        acknowledged: acknowledged.length,
        found: found.rows[0]?.count ?? 0,
        auditChained,
      };
    } finally {
      await check.end();
    }
  } finally {
    if (child) await killed(child);
    await database.remove();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Answers that should not have been given: a dropped request, or anything but 2xx and 503. */
export const wrongAnswers = (seen: readonly Seen[]) =>
  seen.filter((s) => s.status === "dropped" || (s.status >= 300 && s.status !== 503));

export function countStatuses(seen: readonly Seen[]): Record<string, number> {
  const statuses: Record<string, number> = {};
  for (const s of seen) statuses[String(s.status)] = (statuses[String(s.status)] ?? 0) + 1;
  return statuses;
}
