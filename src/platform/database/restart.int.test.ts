import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { haven } from "../../pathway.ts";
import { type PrivatePostgres, startPrivatePostgres } from "../../testing/privatePostgres.ts";
import { killed, startHavenProcess } from "../../testing/processes.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../auth/access.ts";
import { buildServices } from "../services.ts";
import { Agent } from "../testing/agent.ts";
import { openDatabase } from "./open.ts";

const SKIPPED =
  "skipped on PGlite: it restarts a PostgreSQL server of its own, so it runs in the PostgreSQL leg (DATABASE_URL set)";

const person = (n: number) => ({
  givenName: "Restart",
  familyName: `Load${n}`,
  dateOfBirth: "1990-01-01",
  nationality: "VE",
  languages: ["es"],
});

interface Seen {
  method: string;
  status: number | "dropped";
  retryAfter: string | null;
  contentType: string | null;
}

/** Polls `check` until it holds; fails after `timeoutMs` or as soon as `alive` says no. */
async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  alive: () => string | null,
  timeoutMs = 30_000,
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

describe.skipIf(testEngine !== "postgres")(
  `Haven while PostgreSQL restarts under load (${testEngine === "postgres" ? "postgres" : SKIPPED})`,
  () => {
    let database: PrivatePostgres | undefined;
    let child: ChildProcess | undefined;
    let dataDir: string | undefined;
    let url = "";
    let exited: string | null = null;

    beforeAll(async () => {
      database = await startPrivatePostgres();
      dataDir = await mkdtemp(path.join(tmpdir(), "haven-restart-"));
      const handle = await openDatabase({ kind: "postgres", url: database.url }, haven.migrations);
      const services = buildServices(handle.db, haven.house, { outbox: { pollMs: 0 } });
      try {
        await seedDemoAccounts(services);
      } finally {
        await services.outbox.stop();
        await handle.close();
      }
      // The real `haven start`, with its background work (outbox, audit sequencer, lottery
      // clock) ticking fast, so that each of them meets the outage too.
      const started = await startHavenProcess({
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        OUTBOX_POLL_MS: "100",
        AUDIT_SEQUENCE_INTERVAL_MS: "100",
        LOTTERY_TICK_MS: "200",
      });
      child = started.child;
      url = started.url;
      let output = "";
      child.stderr?.on("data", (chunk) => {
        output = (output + String(chunk)).slice(-2_000);
      });
      child.once("exit", (code, signal) => {
        exited = `Haven exited (${code ?? signal}): ${output}`;
      });
    }, 120_000);

    afterAll(async () => {
      if (child) await killed(child);
      await database?.remove();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }, 120_000);

    it("answers 503 with Retry-After while the database is gone, then recovers by itself, losing no acknowledged write", async () => {
      const pgServer = database as PrivatePostgres;
      const cbp = new Agent(url);
      const demo = demoAccounts.find((account) => account.role === "cbp_officer");
      await cbp.signIn(demo?.email ?? "", DEMO_PASSWORD, {
        secret: demo?.totpSecret ?? "",
        epochMs: Date.now(),
      });
      await cbp.session();

      const seen: Seen[] = [];
      const acknowledged: string[] = [];
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
      const alive = () => exited;
      const loops = [1, 2, 3].map(loop);
      try {
        await until("steady load before the restarts", () => succeeded().length >= 60, alive);
        for (let restart = 1; restart <= 2; restart++) {
          const before = unavailable();
          await pgServer.stop();
          await until(
            `503s while the database is down (${restart})`,
            () => unavailable() >= before + 20,
            alive,
          );
          const notReady = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(10_000) });
          expect(notReady.status).toBe(503);
          expect(notReady.headers.get("retry-after")).toBe("5");
          expect(notReady.headers.get("content-type")).toMatch(/^application\/problem\+json/);
          const live = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
          expect(live.status).toBe(200);
          await pgServer.start();
          await until(
            `ready again after restart ${restart}`,
            async () =>
              (
                await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(5_000) }).catch(
                  () => null,
                )
              )?.status === 200,
            alive,
            60_000,
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

      expect(exited).toBeNull();
      const statuses = new Map<string, number>();
      for (const s of seen)
        statuses.set(String(s.status), (statuses.get(String(s.status)) ?? 0) + 1);
      const wrong = seen.filter(
        (s) => s.status === "dropped" || (s.status >= 300 && s.status !== 503),
      );
      expect(wrong, JSON.stringify(Object.fromEntries(statuses))).toEqual([]);
      const refused = seen.filter((s) => s.status === 503);
      expect(refused.length).toBeGreaterThanOrEqual(6);
      for (const answer of refused) {
        expect(answer.contentType).toMatch(/^application\/problem\+json/);
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }

      // Every write Haven acknowledged is there, and its background work chains the audit again.
      const check = new pg.Client({ connectionString: pgServer.url });
      await check.connect();
      try {
        const found = await check.query<{ count: number }>(
          "select count(*)::int as count from cases where id = any($1::uuid[])",
          [acknowledged],
        );
        expect(found.rows[0]?.count).toBe(acknowledged.length);
        await until(
          "the audit sequencer chains again",
          async () =>
            (await check.query("select 1 from audit_log where seq is null limit 1")).rowCount === 0,
          alive,
        );
      } finally {
        await check.end();
      }
      console.info(
        `restart test: ${seen.length} requests (${JSON.stringify(Object.fromEntries(statuses))}), ${acknowledged.length} acknowledged writes, all found`,
      );
    }, 180_000);
  },
);
