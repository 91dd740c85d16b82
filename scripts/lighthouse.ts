/**
 * `npm run lighthouse`: Lighthouse in its default mobile emulation (a mid-range phone, simulated
 * slow 4G, CPU slowed four times) on the sign-in page and on an applicant's case page, signed in as
 * a demo applicant. It starts its own Haven (the built web app in web/dist, PGlite in a fresh
 * temporary folder, the demo data) on a free port, and stops it afterwards.
 *
 * Each page is measured `--runs` times (3 unless told); every run is printed, and the median run
 * is held to the budget: performance at least 95, accessibility 100. It exits non-zero when either
 * page misses it. `--out <dir>` also writes each run's HTML report there.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH); it runs headless and, since this may
 * run as root, without its sandbox.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { DEMO_PASSWORD, demoAccounts } from "../src/demo/accounts.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../src/platform/auth/access.ts";

const BUDGET = { performance: 95, accessibility: 100 };
const ROOT = path.resolve(import.meta.dirname, "..");
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface PageToMeasure {
  name: string;
  url: string;
  cookie: string | null;
}

interface Run {
  performance: number;
  accessibility: number;
  transferBytes: number;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster). */
  benchmarkIndex: number;
  metrics: Record<string, string>;
  biggest: { url: string; bytes: number }[];
}

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    out: { type: "string" },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no free port"));
      });
    });
  });
}

/** `haven start --demo` on its own port and data folder; resolves once it answers. */
async function startHaven(port: number, dataDir: string): Promise<ChildProcess> {
  const { DATABASE_URL: _database, PORT: _port, ...inherited } = process.env;
  const env = { ...inherited, NODE_ENV: "development", LOG_LEVEL: "warn", LOTTERY_TICK_MS: "0" };
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli.ts",
      "start",
      "--demo",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--data-dir",
      dataDir,
    ],
    { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  let started = false;
  const exited = new Promise<never>((_resolve, reject) => {
    child.once("exit", (code) => {
      if (!started) reject(new Error(`Haven stopped (exit ${code}):\n${log}`));
    });
  });
  const ready = (async () => {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      try {
        const answer = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (answer.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Haven did not answer within 5 minutes:\n${log}`);
  })();
  await Promise.race([ready, exited]);
  started = true;
  return child;
}

async function stopHaven(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await gone;
}

/** Signs a demo applicant in through the API; the session cookie and the applicant's first case. */
async function signInApplicant(base: string): Promise<{ cookie: string; caseId: string }> {
  const applicant = demoAccounts.find((account) => account.role === "applicant");
  if (!applicant) throw new Error("the demo has no applicant");
  let cookie = "";
  let csrf = "";
  const call = async (method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    if (csrf) headers[CSRF_HEADER] = csrf;
    const answer = await fetch(`${base}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of answer.headers.getSetCookie()) {
      const [name, value] = (line.split(";")[0] ?? "").split("=");
      if (name === SESSION_COOKIE && value) cookie = value;
    }
    if (!answer.ok) throw new Error(`${method} ${url}: ${answer.status} ${await answer.text()}`);
    return answer.json() as Promise<Record<string, unknown>>;
  };
  csrf = String((await call("GET", "/api/auth/session")).csrfToken ?? "");
  await call("POST", "/api/auth/login", { identifier: applicant.email, password: DEMO_PASSWORD });
  const { cases } = (await call("GET", "/api/cases")) as { cases: { id: string }[] };
  const first = cases[0];
  if (!first) throw new Error(`${applicant.email} has no case`);
  return { cookie: `${SESSION_COOKIE}=${cookie}`, caseId: first.id };
}

function score(result: Result, category: string): number {
  return Math.round((result.categories[category]?.score ?? 0) * 100);
}

function summarise(result: Result): Run {
  const weight = result.audits["total-byte-weight"];
  const items = (weight?.details as { items?: { url: string; totalBytes: number }[] } | undefined)
    ?.items;
  const metrics: Record<string, string> = {};
  for (const id of [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
  ]) {
    metrics[id] = result.audits[id]?.displayValue ?? "?";
  }
  return {
    performance: score(result, "performance"),
    accessibility: score(result, "accessibility"),
    transferBytes: weight?.numericValue ?? 0,
    benchmarkIndex: result.environment.benchmarkIndex,
    metrics,
    biggest: (items ?? []).slice(0, 5).map((item) => ({ url: item.url, bytes: item.totalBytes })),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** How often a run is tried when Lighthouse says it could not measure the page. */
const ATTEMPTS = 3;

/**
 * One Lighthouse run of the page, in a browser (and profile) of its own: no cookie or cache of an
 * earlier run stays, and a session cookie a run was given cannot stand in for the one the page is
 * to send. A run whose trace Lighthouse could not record (NO_NAVSTART and the like, frequent on a
 * busy machine) is tried again.
 */
async function measure(page: PageToMeasure, run: number): Promise<Run> {
  const flags: Flags = {
    output: args.out ? "html" : "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  };
  if (page.cookie) flags.extraHeaders = { Cookie: page.cookie };
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const answer = await lighthouse(page.url, { ...flags, port: chrome.port });
      if (!answer) throw new Error(`Lighthouse gave no result for ${page.url}`);
      const failure = answer.lhr.runtimeError;
      if (failure) {
        if (attempt < ATTEMPTS) continue;
        throw new Error(`${page.url}: ${failure.code} ${failure.message}`);
      }
      if (args.out) {
        await mkdir(args.out, { recursive: true });
        const file = path.join(args.out, `${page.name.replace(/\W+/g, "-")}-${run}`);
        await writeFile(`${file}.html`, String(answer.report));
        await writeFile(`${file}.json`, JSON.stringify(answer.lhr));
      }
      return summarise(answer.lhr);
    } finally {
      await chrome.kill();
    }
  }
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "haven-lighthouse-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const haven = await startHaven(port, path.join(dataDir, "data"));
  let failed = false;
  try {
    const applicant = await signInApplicant(base);
    const pages: PageToMeasure[] = [
      { name: "sign-in page", url: `${base}/sign-in`, cookie: null },
      {
        name: "applicant's case page",
        url: `${base}/cases/${applicant.caseId}`,
        cookie: applicant.cookie,
      },
    ];
    for (const page of pages) {
      const results: Run[] = [];
      process.stdout.write(`\n${page.name} (${new URL(page.url).pathname})\n`);
      for (let run = 1; run <= runs; run++) {
        const result = await measure(page, run);
        results.push(result);
        const metrics = Object.entries(result.metrics)
          .map(([id, value]) => `${id.replace(/-/g, " ")} ${value}`)
          .join(", ");
        process.stdout.write(
          `  run ${run}: performance ${result.performance}, accessibility ${result.accessibility}, ` +
            `transferred ${kib(result.transferBytes)} (${metrics}; machine speed ${Math.round(result.benchmarkIndex)})\n`,
        );
      }
      const performance = median(results.map((result) => result.performance));
      const accessibility = median(results.map((result) => result.accessibility));
      const last = results[results.length - 1];
      process.stdout.write(`  biggest resources:\n`);
      for (const item of last?.biggest ?? []) {
        process.stdout.write(
          `    ${kib(item.bytes).padStart(10)}  ${item.url.replace(base, "")}\n`,
        );
      }
      const ok = performance >= BUDGET.performance && accessibility >= BUDGET.accessibility;
      process.stdout.write(
        `  median: performance ${performance}, accessibility ${accessibility}: ` +
          `${ok ? "within" : "OVER"} budget (performance ≥ ${BUDGET.performance}, ` +
          `accessibility ${BUDGET.accessibility})\n`,
      );
      if (!ok) failed = true;
    }
  } finally {
    await stopHaven(haven);
    await rm(dataDir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
