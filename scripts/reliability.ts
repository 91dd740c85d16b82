/**
 * `npm run test:reliability`: kills, restarts, fuzzing, sign-in bursts and sqlmap against real
 * Haven processes and databases, each check printed with its figures; exits 1 if any fails.
 * `-- --short` is the bounded form CI runs (fewer kills and requests, no time-based sqlmap).
 */
import { generator } from "../src/appointments/lottery/synthetic.ts";
import { signInBursts } from "../src/testing/reliability/bursts.ts";
import type { FuzzFigures } from "../src/testing/reliability/fuzz.ts";
import { fuzzHaven } from "../src/testing/reliability/fuzzHaven.ts";
import { killUnderLoad } from "../src/testing/reliability/killUnderLoad.ts";
import {
  countStatuses,
  restartUnderLoad,
  wrongAnswers,
} from "../src/testing/reliability/restartUnderLoad.ts";
import { sqlmapHaven } from "../src/testing/reliability/sqlmap.ts";

const short = process.argv.includes("--short");
const POSTGRES = process.env.DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const plan = short
  ? { kills: 5, fuzzPostgres: 3_000, fuzzPglite: 0, thoroughSqlmap: false }
  : { kills: 20, fuzzPostgres: 10_000, fuzzPglite: 10_000, thoroughSqlmap: true };

interface Check {
  name: string;
  ok: boolean;
  figures: string;
  seconds: number;
}
const checks: Check[] = [];

async function check(name: string, body: () => Promise<{ ok: boolean; figures: string }>) {
  const started = Date.now();
  process.stdout.write(`… ${name}\n`);
  let result: { ok: boolean; figures: string };
  try {
    result = await body();
  } catch (error) {
    result = { ok: false, figures: `failed to run: ${(error as Error).message}` };
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  checks.push({ name, ...result, seconds });
  process.stdout.write(
    `${result.ok ? "PASS" : "FAIL"} ${name} (${seconds} s): ${result.figures}\n`,
  );
}

function fuzzVerdict(figures: FuzzFigures, wanted: number) {
  const problems = figures.failures.slice(0, 5).map((f) => `${f.sent} → ${f.why}`);
  return {
    ok: figures.failures.length === 0 && figures.requests >= wanted,
    figures: `${figures.requests} requests over ${figures.routes} routes, ${figures.failures.length} wrong; statuses ${JSON.stringify(figures.byStatus)}${problems.length ? `; e.g. ${problems.join(" | ")}` : ""}`,
  };
}

const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
process.stdout.write(
  `reliability run (${short ? "short" : "full"}), seed ${seed}, PostgreSQL ${POSTGRES}\n`,
);
process.env.DATABASE_URL = POSTGRES;

await check(`${plan.kills} SIGKILLs of haven start under mixed writes (PostgreSQL)`, async () => {
  const figures = await killUnderLoad(plan.kills, generator(seed));
  const { cases, commands, accounts } = figures.acknowledged;
  return {
    ok: figures.lost === 0 && figures.audit.ok && cases > 0 && commands > 0,
    figures: `${cases + commands + accounts} acknowledged writes (${cases} cases opened, ${commands} commands, ${accounts} sign-ups), ${figures.lost} lost, ${figures.cutOff} requests cut off by a kill; ${figures.audit.report}`,
  };
});

await check("2 PostgreSQL restarts under load, Haven not restarted", async () => {
  const figures = await restartUnderLoad(2);
  const wrong = wrongAnswers(figures.seen);
  const refused = figures.seen.filter((s) => s.status === 503);
  const wellFormed = refused.every(
    (s) => s.contentType?.startsWith("application/problem+json") && Number(s.retryAfter) > 0,
  );
  const downRight = figures.whileDown.every(
    (d) => d.ready.status === 503 && d.health === 200 && d.ready.retryAfter !== null,
  );
  return {
    ok:
      wrong.length === 0 &&
      refused.length > 0 &&
      wellFormed &&
      downRight &&
      figures.found === figures.acknowledged &&
      figures.auditChained,
    figures: `${figures.seen.length} requests ${JSON.stringify(countStatuses(figures.seen))}, ${wrong.length} other than 2xx/503, every 503 problem+json with Retry-After: ${wellFormed}; /api/ready 503 and /api/health 200 while down: ${downRight}; ${figures.found} of ${figures.acknowledged} acknowledged writes found; audit chained again: ${figures.auditChained}`,
  };
});

await check(`fuzz from the API's schemas, ${plan.fuzzPostgres} requests (PostgreSQL)`, async () =>
  fuzzVerdict(await fuzzHaven(plan.fuzzPostgres, seed), plan.fuzzPostgres),
);

if (plan.fuzzPglite > 0) {
  await check(`fuzz from the API's schemas, ${plan.fuzzPglite} requests (PGlite)`, async () => {
    delete process.env.DATABASE_URL;
    try {
      return fuzzVerdict(await fuzzHaven(plan.fuzzPglite, seed + 1), plan.fuzzPglite);
    } finally {
      process.env.DATABASE_URL = POSTGRES;
    }
  });
}

await check("concurrent sign-in bursts (docs/api-auth.md, Throttling)", async () => {
  const f = await signInBursts();
  return {
    ok:
      f.passwords.checked === 10 &&
      f.passwords.throttled === 50 &&
      f.codes.checked === 5 &&
      f.codes.throttled === 35 &&
      f.knownDeviceAfterBurst.password === 200 &&
      f.knownDeviceAfterBurst.secondFactor === 200 &&
      f.unknownDeviceAfterBurst === 429 &&
      f.signUps.created === 30 &&
      f.signUps.throttled === 10 &&
      f.throttledAnswersWellFormed,
    figures: `60 wrong passwords at once: ${f.passwords.checked} checked, ${f.passwords.throttled} × 429; 40 wrong codes: ${f.codes.checked} checked, ${f.codes.throttled} × 429; then the officer on her known device: ${f.knownDeviceAfterBurst.password}/${f.knownDeviceAfterBurst.secondFactor}, from an unknown device: ${f.unknownDeviceAfterBurst}; 40 sign-ups at once: ${f.signUps.created} created, ${f.signUps.throttled} × 429`,
  };
});

await check(
  `sqlmap (Debian's) on loopback${plan.thoroughSqlmap ? ", time-based included" : ""}`,
  async () => {
    const f = await sqlmapHaven(plan.thoroughSqlmap);
    const tested = f.targets.filter((t) => /do not appear to be injectable/.test(t.summary));
    return {
      ok: f.control.injectable && f.injectable === 0 && tested.length === f.targets.length,
      figures: `control page (SQL pasted together) found injectable: ${f.control.injectable}; Haven: ${f.injectable} of ${f.targets.length} targets injectable (${f.targets.map((t) => t.what).join(", ")})${
        tested.length < f.targets.length
          ? `; not tested: ${f.targets
              .filter((t) => !tested.includes(t))
              .map((t) => `${t.what}: ${t.summary}`)
              .join("; ")}`
          : ""
      }`,
    };
  },
);

const failed = checks.filter((c) => !c.ok);
process.stdout.write(
  `\nreliability: ${checks.length - failed.length} of ${checks.length} checks passed in ${checks.reduce((s, c) => s + c.seconds, 0)} s${failed.length ? `; FAILED: ${failed.map((c) => c.name).join("; ")}` : ""}\n`,
);
process.exit(failed.length ? 1 : 0);
