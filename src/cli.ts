import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { seedAppointmentsDemo } from "./appointments/demo.ts";
import { closeWindow, drawWindow } from "./appointments/draws/runDraw.ts";
import { startLotteryScheduler } from "./appointments/draws/scheduler.ts";
import { verifyDraw } from "./appointments/lottery/index.ts";
import { caseEngine } from "./people/caseEngine.ts";
import { DEMO_PASSWORD, demoAccounts } from "./people/demo/accounts.ts";
import { seedDemo } from "./people/demo/seed.ts";
import { sequenceAll, startSequencer } from "./platform/audit/sequencer.ts";
import { verifyAuditChain } from "./platform/audit/verify.ts";
import { loadConfig } from "./platform/config.ts";
import { backup, restore } from "./platform/database/backup.ts";
import { openDatabase } from "./platform/database/open.ts";
import { buildServer } from "./platform/http/server.ts";
import { createMailer } from "./platform/mail/mailer.ts";
import { buildServices } from "./platform/services.ts";

const program = new Command("haven").description(
  "Haven: case processing for the U.S. asylum pathway at the southern border.",
);

interface DatabaseOptions {
  dataDir?: string;
}

function configFrom(options: DatabaseOptions & { port?: string; host?: string }) {
  return loadConfig(process.env, {
    dataDir: options.dataDir,
    port: options.port === undefined ? undefined : Number(options.port),
    host: options.host,
  });
}

/** Opens the database for one command, runs it, and always closes it again. */
async function withServices<T>(
  options: DatabaseOptions,
  run: (services: ReturnType<typeof buildServices>) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(configFrom(options).database);
  try {
    return await run(buildServices(handle.db, caseEngine));
  } finally {
    await handle.close();
  }
}

const dataDirOption = [
  "--data-dir <dir>",
  "PGlite data folder (when DATABASE_URL is not set)",
] as const;

program
  .command("start")
  .description("Migrate the database and serve the API and the web app")
  .option("--demo", "load the demo stories if the database has none yet")
  .option("--port <port>", "port to listen on (default 3000, or PORT)")
  .option("--host <host>", "address to listen on (default 127.0.0.1, or HOST)")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions & { demo?: boolean; port?: string; host?: string }) => {
    const config = configFrom(options);
    const handle = await openDatabase(config.database);
    const mailer = await createMailer(config);
    const { clockOffsetMs } = config;
    const clock = clockOffsetMs === 0 ? undefined : () => new Date(Date.now() + clockOffsetMs);
    const services = buildServices(handle.db, caseEngine, clock, {
      mailer,
      publicUrl: config.publicUrl,
      sessionTimeouts: config.session,
    });
    if (options.demo) {
      await seedDemo(services);
      await seedAppointmentsDemo(services);
    }
    const app = await buildServer(services, {
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    const sequencer = startSequencer(handle.db, config.auditSequenceIntervalMs, (error) =>
      app.log.error({ err: { name: (error as Error).name } }, "audit sequencer failed"),
    );
    const lottery =
      config.lotteryTickMs > 0
        ? startLotteryScheduler(services, config.lotteryTickMs, (error) =>
            app.log.error({ err: { name: (error as Error).name } }, "lottery scheduler failed"),
          )
        : null;
    const shutdown = async () => {
      await app.close();
      await lottery?.stop();
      await sequencer.stop();
      await mailer.close();
      await handle.close();
      process.exit(0);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    const address = await app.listen({ port: config.port, host: config.host });
    const where = config.database.kind === "pglite" ? config.database.dataDir : "PostgreSQL";
    process.stderr.write(`Haven is listening on ${address} (database: ${where})\n`);
    process.stderr.write(`Mail goes to ${mailer.describe}\n`);
    if (options.demo) process.stderr.write(demoAccountsText());
  });

program
  .command("migrate")
  .description("Bring the database schema up to date")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions) => {
    await withServices(options, async () => {});
    process.stdout.write("The database schema is up to date.\n");
  });

program
  .command("seed")
  .description("Load data into the database")
  .requiredOption("--demo", "the demo stories from the source articles")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions) => {
    const result = await withServices(options, async (services) => {
      const seeded = await seedDemo(services);
      await seedAppointmentsDemo(services);
      return seeded;
    });
    process.stdout.write(
      result.seeded ? `Loaded ${result.cases} demo cases.\n` : "The demo data is already loaded.\n",
    );
    process.stdout.write(demoAccountsText());
  });

/** The demo accounts, to sign in with (README, "Accounts and access"). */
function demoAccountsText(): string {
  const lines = demoAccounts.map(
    (account) =>
      `  ${account.role.padEnd(18)} ${account.email.padEnd(26)} ${account.totpSecret ?? "(no second factor)"}`,
  );
  return `Demo accounts (password for all: ${DEMO_PASSWORD}; staff TOTP secret in base32):\n${lines.join("\n")}\n`;
}

const audit = program.command("audit").description("The hash-chained audit log");
audit
  .command("verify")
  .description("Chain what is pending, then check every entry's hash and link")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions) => {
    const result = await withServices(options, async ({ db }) => {
      await sequenceAll(db);
      return verifyAuditChain(db);
    });
    if (result.ok) {
      process.stdout.write(
        `Audit chain intact: ${result.checked} entries, head ${result.headHash}\n`,
      );
      return;
    }
    process.stdout.write(
      `Audit chain BROKEN: ${result.breaks.length} problem(s) in ${result.checked} entries\n`,
    );
    for (const entry of result.breaks) {
      process.stdout.write(`  row id ${entry.id} (seq ${entry.seq}): ${entry.problem}\n`);
    }
    process.exitCode = 1;
  });

program
  .command("backup <file>")
  .description("Write a logical backup of the whole database to a file")
  .option(...dataDirOption)
  .action(async (file: string, options: DatabaseOptions) => {
    const counts = await withServices(options, async ({ db }) => {
      await sequenceAll(db);
      return backup(db, file);
    });
    process.stdout.write(`Backup written to ${file}: ${JSON.stringify(counts)}\n`);
  });

program
  .command("restore <file>")
  .description("Restore a backup into an empty database, then verify its audit chain")
  .option(...dataDirOption)
  .action(async (file: string, options: DatabaseOptions) => {
    const { counts, verified } = await withServices(options, async ({ db }) => {
      const restored = await restore(db, file);
      return { counts: restored, verified: await verifyAuditChain(db) };
    });
    process.stdout.write(`Restored from ${file}: ${JSON.stringify(counts)}\n`);
    process.stdout.write(
      verified.ok
        ? `Audit chain intact: ${verified.checked} entries.\n`
        : `Audit chain BROKEN after restore: ${verified.breaks.length} problem(s).\n`,
    );
    if (!verified.ok) process.exitCode = 1;
  });

const lottery = program.command("lottery").description("The daily appointment lottery");
for (const action of ["close", "draw"] as const) {
  lottery
    .command(action)
    .description(
      action === "close"
        ? "Close a window's request list now (the scheduler does it at closing time)"
        : "Draw a window now: reveal the operator's seed, allocate, publish, confirm",
    )
    .requiredOption("--date <date>", "the window's date, YYYY-MM-DD")
    .option(...dataDirOption)
    .action(async (options: DatabaseOptions & { date: string }) => {
      const outcome = await withServices(options, async (services) => {
        const config = configFrom(options);
        const mailer = action === "draw" ? await createMailer(config) : null;
        try {
          const run = action === "close" ? closeWindow : drawWindow;
          return await run({ ...services, mailer }, options.date, "system:cli");
        } finally {
          await mailer?.close();
        }
      });
      if (!outcome.ok) {
        process.stderr.write(`${outcome.reason}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `${options.date}: ${outcome.status}${outcome.done ? " (already done)" : ""}\n`,
      );
    });
}
lottery
  .command("verify")
  .description("Recompute a published draw from its record alone; exit 1 on any mismatch")
  .requiredOption("--date <date>", "the window's date, YYYY-MM-DD")
  .option("--url <url>", "a Haven server to fetch GET /api/lottery/<date> from")
  .option("--file <file>", "a published record saved as JSON")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions & { date: string; url?: string; file?: string }) => {
    let record: unknown;
    if (options.file) record = JSON.parse(await readFile(options.file, "utf8"));
    else if (options.url) {
      const response = await fetch(
        `${options.url.replace(/\/+$/, "")}/api/lottery/${options.date}`,
      );
      if (!response.ok) throw new Error(`${options.url} answered ${response.status}`);
      record = await response.json();
    } else {
      record = await withServices(options, async ({ db }) => {
        const row = await db
          .selectFrom("lottery_windows")
          .select("published")
          .where("date", "=", options.date)
          .executeTakeFirst();
        return row?.published ?? null;
      });
      if (!record) throw new Error(`no published draw for ${options.date}`);
    }
    const result = verifyDraw(record);
    const draw = record as { requests?: unknown[]; allocation?: unknown[]; status?: string };
    if (result.ok) {
      process.stdout.write(
        `OK ${options.date}: ${draw.status}, ${draw.requests?.length ?? 0} requests, ${draw.allocation?.length ?? 0} allocated; recomputed allocation identical\n`,
      );
      return;
    }
    process.stdout.write(`MISMATCH ${options.date}: ${result.mismatches.length} problem(s)\n`);
    for (const mismatch of result.mismatches) {
      process.stdout.write(`  ${mismatch.code}: ${mismatch.message}\n`);
    }
    process.exitCode = 1;
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`haven: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
