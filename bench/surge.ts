/**
 * Surge benchmark (design.md, "Targets"): the registration endpoint under sustained load, as a
 * ratio of a bare Fastify endpoint doing one single-row INSERT, measured in the same run against
 * the same PostgreSQL, with the same connections and duration. Needs PostgreSQL: DATABASE_URL, or
 * postgres://root@127.0.0.1:5432/test. It creates a fresh database of its own and drops it after.
 * Both servers run as child processes on loopback; autocannon runs in this process.
 * Run alone: `node --import tsx bench/surge.ts`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { currentWindowDate, windowTimes } from "../src/appointments/window.ts";
import { haven } from "../src/pathway.ts";
import { openDatabase } from "../src/platform/database/open.ts";
import { cpuSnapshot, cpuSpent, perRequest } from "./surge/cpu.ts";
import { registrationBody } from "./surge/people.ts";
import { admin } from "./timing.ts";

const DEFAULT_URL = "postgres://root@127.0.0.1:5432/test";
const CONNECTIONS = 100;
const SECONDS = Number(process.env.SURGE_SECONDS ?? 12);
/**
 * Each endpoint's time is split into rounds that alternate (bare, registration, bare, …), so a
 * machine that speeds up or slows down during the run (shared processors) weighs on both alike.
 */
const ROUNDS = 4;
const WARMUP_SECONDS = 3;
const ACCOUNTS = 60_000;
const ROOT = path.resolve(import.meta.dirname, "..");

export interface SurgeRun {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
  total: number;
  ok: number;
}

export interface SurgeResult {
  name: string;
  bare: SurgeRun;
  registration: SurgeRun;
  ratio: number;
  /** CPU microseconds per request (Linux only): each process, and the rest of the machine. */
  cpu: { bare: Record<string, number> | null; registration: Record<string, number> | null };
  registrationsCommitted: number;
  /** 2xx answers to registrations (warm-up included): each must be a committed registration. */
  registrationsAcknowledged: number;
  peopleCommitted: number;
  requestsCommitted: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`child did not start: ${output}`)), 60_000);
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code}: ${output}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.removeAllListeners("exit");
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** Applicant accounts with signed-in sessions, straight into the database. */
async function createSessions(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sessions: { cookie: string; csrf: string }[] = [];
  try {
    const { rows } = await client.query<{ id: string }>(
      `insert into accounts (email, password_hash, role, preferred_language)
       select 'surge-' || g || '@bench.haven.test', 'not-a-password', 'applicant', 'ru'
       from generate_series(1, $1::int) g returning id`,
      [count],
    );
    const ids: string[] = [];
    const hashes: string[] = [];
    const csrfs: string[] = [];
    for (const row of rows) {
      const raw = randomBytes(32).toString("base64url");
      const csrf = randomBytes(32).toString("base64url");
      ids.push(row.id);
      hashes.push(createHash("sha256").update(raw).digest("hex"));
      csrfs.push(csrf);
      sessions.push({ cookie: `haven_session=${raw}`, csrf });
    }
    await client.query(
      `insert into sessions (id_hash, account_id, csrf_token, mfa_verified, created_at, last_seen_at)
       select h, a, c, false, now(), now() from unnest($1::text[], $2::uuid[], $3::text[]) as t(h, a, c)`,
      [hashes, ids, csrfs],
    );
  } finally {
    await client.end();
  }
  return sessions;
}

async function load(
  url: string,
  seconds: number,
  next: () => { body: string; headers: Record<string, string> },
): Promise<SurgeRun> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const { body, headers } = next();
          return {
            ...request,
            body,
            headers: { ...request.headers, "content-type": "application/json", ...headers },
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result["2xx"] + result.non2xx,
    ok: result["2xx"],
  };
}

/**
 * Waits until the server's work left over from a round is done (its last batches committed, the
 * audit sequencer caught up): that CPU belongs to the round, and must not slow the next one.
 */
async function settled(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from audit_log where seq is null",
      );
      if (rows[0]?.n === 0) return;
    }
  } finally {
    await client.end();
  }
}

/** Rounds of one endpoint as one run: requests over the whole time, the worst round's latency. */
function combine(rounds: SurgeRun[], seconds: number): SurgeRun {
  const sum = (pick: (run: SurgeRun) => number) => rounds.reduce((n, run) => n + pick(run), 0);
  return {
    requestsPerSecond: Math.round(sum((run) => run.total) / seconds),
    p99Ms: Math.max(...rounds.map((run) => run.p99Ms)),
    p50Ms: Math.max(...rounds.map((run) => run.p50Ms)),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    total: sum((run) => run.total),
    ok: sum((run) => run.ok),
  };
}

export async function surgeBench(): Promise<SurgeResult> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) console.log(`surge: DATABASE_URL is not set; using ${DEFAULT_URL}`);
  const base = serverUrl ?? DEFAULT_URL;
  const name = `haven_surge_${randomBytes(5).toString("hex")}`;
  await admin(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = await mkdtemp(path.join(tmpdir(), "haven-surge-"));
  const children: ChildProcess[] = [];
  try {
    const handle = await openDatabase({ kind: "postgres", url: databaseUrl }, haven.migrations);
    // Today's window, open for the whole run, so every registration also files a request.
    const now = new Date();
    const date = currentWindowDate(now.toISOString());
    const times = windowTimes(date);
    await handle.db
      .insertInto("lottery_windows")
      .values({
        date,
        opens_at: new Date(now.getTime() - 3_600_000),
        closes_at: new Date(now.getTime() + 3_600_000),
        draw_at: new Date(now.getTime() + 5_400_000),
        appointment_date: times.appointmentDate,
        status: "open",
        operator: "haven-operator",
        operator_seed: "11".repeat(32),
        operator_commitment: "00".repeat(32),
        capacities: JSON.stringify([{ port: "san_ysidro", places: 290 }]),
        parameters: JSON.stringify({ longestWaitingSharePercent: 20, waitingThresholdDays: 90 }),
      })
      .execute();
    await handle.close();
    const sessions = await createSessions(databaseUrl, ACCOUNTS);
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NODE_ENV: "development",
      LOTTERY_TICK_MS: "0",
    };
    const [barePort, havenPort] = await Promise.all([freePort(), freePort()]);
    children.push(await startChild(["bench/surge/bare.ts", String(barePort)], env, /listening/));
    children.push(
      await startChild(["src/cli.ts", "start", "--port", String(havenPort)], env, /listening/),
    );
    let n = 0;
    const bareNext = () => ({ body: registrationBody(n++), headers: {} });
    const havenNext = () => {
      const at = n++;
      const session = sessions[at % sessions.length]!;
      return {
        body: registrationBody(at),
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      };
    };
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    const havenUrl = `http://127.0.0.1:${havenPort}/api/registrations`;
    await load(bareUrl, WARMUP_SECONDS, bareNext);
    const warm = await load(havenUrl, WARMUP_SECONDS, havenNext);
    const pids = {
      "bare server": children[0]?.pid,
      "Haven server": children[1]?.pid,
      "load generator": process.pid,
    };
    const runs: { bare: SurgeRun[]; registration: SurgeRun[] } = { bare: [], registration: [] };
    const spent: {
      bare: Record<string, number> | null;
      registration: Record<string, number> | null;
    } = { bare: {}, registration: {} };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const kind of ["bare", "registration"] as const) {
        const before = cpuSnapshot(pids);
        runs[kind].push(
          kind === "bare"
            ? await load(bareUrl, SECONDS / ROUNDS, bareNext)
            : await load(havenUrl, SECONDS / ROUNDS, havenNext),
        );
        await settled(databaseUrl);
        spent[kind] = cpuSpent(before, cpuSnapshot(pids), spent[kind]);
      }
    }
    const bare = combine(runs.bare, SECONDS);
    const registration = combine(runs.registration, SECONDS);
    const counts = new pg.Client({ connectionString: databaseUrl });
    await counts.connect();
    const { rows } = await counts.query<{ r: number; p: number; q: number }>(
      `select (select count(*)::int from appointment_registrations) as r,
              (select count(*)::int from registration_people) as p,
              (select count(*)::int from appointment_requests) as q`,
    );
    await counts.end();
    return {
      name: `registration surge (PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} alternating rounds; p50 and p99: the worst round's)`,
      bare,
      registration,
      ratio: Number((registration.requestsPerSecond / bare.requestsPerSecond).toFixed(3)),
      cpu: {
        bare: perRequest(spent.bare, bare.total),
        registration: perRequest(spent.registration, registration.total),
      },
      registrationsCommitted: rows[0]?.r ?? 0,
      registrationsAcknowledged: warm.ok + registration.ok,
      peopleCommitted: rows[0]?.p ?? 0,
      requestsCommitted: rows[0]?.q ?? 0,
    };
  } finally {
    for (const child of children) await stopChild(child);
    await admin(base, `drop database if exists ${name} with (force)`);
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function printSurge(result: SurgeResult): void {
  const line = (label: string, run: SurgeRun) =>
    `  ${label.padEnd(13)} ${run.requestsPerSecond.toLocaleString("en-US")} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, errors ${run.errors}, non-2xx ${run.non2xx}, ${run.total.toLocaleString("en-US")} requests`;
  console.log(`\n${result.name}`);
  console.log(line("bare insert:", result.bare));
  console.log(line("registration:", result.registration));
  console.log(`  ratio:        ${result.ratio}`);
  const cpu = (label: string, spent: Record<string, number> | null) => {
    if (!spent) return;
    const parts = Object.entries(spent)
      .filter(([name, value]) => name !== "total" && value >= 5)
      .map(([name, value]) => `${name} ${value}`);
    console.log(`  ${label.padEnd(13)} ${spent.total} µs of CPU a request (${parts.join(", ")})`);
  };
  cpu("bare CPU:", result.cpu.bare);
  cpu("registr. CPU:", result.cpu.registration);
  console.log(
    `  committed:    ${result.registrationsCommitted.toLocaleString("en-US")} registrations for ${result.registrationsAcknowledged.toLocaleString("en-US")} acknowledged (incl. warm-up), ${result.peopleCommitted.toLocaleString("en-US")} people, ${result.requestsCommitted.toLocaleString("en-US")} window requests`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printSurge(await surgeBench());
}
