import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  baseUrl: string;
  /**
   * Stops the server and starts it again on the same address and database, with `env` added
   * (e.g. a later CLOCK_OFFSET_SECONDS: the days between a draw and the appointment).
   */
  restart(env: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 90_000;
const POLL_INTERVAL_MS = 200;

/** A free TCP port on the loopback interface: listen on port 0, read the port, close. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not read the probe's port."));
      });
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited(child);
  clearTimeout(timer);
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls `/api/health` until it answers 200, the process dies, or the time runs out. */
async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The Haven server exited during start-up:\n${output()}`);
    }
    if (await isHealthy(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`The Haven server did not become healthy in time:\n${output()}`);
}

export interface ServerOptions {
  /** Extra environment, e.g. `SMTP_URL`; `PUBLIC_URL` defaults to the server's own address. */
  env?: Record<string, string>;
}

/**
 * A database of its own for one server: on the PostgreSQL server named by DATABASE_URL a new
 * database (so no run sees another's accounts, sign-in throttles or used TOTP steps), else none
 * (the server gets a fresh PGlite folder).
 */
async function ownDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: {}, drop: async () => {} };
  const name = `haven_e2e_${randomBytes(6).toString("hex")}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/**
 * Starts `haven start --demo` on a free port with a fresh database (a PGlite folder, or a new
 * database on the DATABASE_URL server), and resolves once it is healthy. The web app must have
 * been built to `web/dist`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(repoRoot, "web", "dist", "index.html"))) {
    throw new Error("web/dist is missing: run `npm run build:web` first (npm run test:e2e does).");
  }
  const dataDir = await mkdtemp(join(tmpdir(), "haven-e2e-"));
  const database = await ownDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const args = ["--import", "tsx", "src/cli.ts", "start", "--demo", "--port", String(port)];
  args.push("--data-dir", dataDir);
  let env: NodeJS.ProcessEnv = {
    ...process.env,
    PUBLIC_URL: baseUrl,
    ...database.env,
    ...options.env,
  };
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  const launch = async () => {
    const started = spawn(process.execPath, args, {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.stdout?.on("data", keep);
    started.stderr?.on("data", keep);
    await waitUntilHealthy(baseUrl, started, () => log).catch(async (error) => {
      await stopChild(started);
      throw error;
    });
    return started;
  };

  let child: ChildProcess | null = null;
  const stop = async () => {
    if (child) await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
  };
  try {
    child = await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  const restart = async (more: Record<string, string>) => {
    if (child) await stopChild(child);
    child = null;
    env = { ...env, ...more };
    child = await launch();
  };
  return { baseUrl, restart, stop };
}
