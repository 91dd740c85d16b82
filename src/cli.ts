import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { seedAppointmentsDemo } from "./appointments/demo.ts";
import { closeWindow, drawWindow } from "./appointments/draws/runDraw.ts";
import { verifyDraw } from "./appointments/lottery/index.ts";
import { ensureProjections, rebuildProjections } from "./cases/projections/index.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo/accounts.ts";
import { seedDemo } from "./demo/seed.ts";
import { haven } from "./pathway.ts";
import { sequenceAll, startSequencer } from "./platform/audit/sequencer.ts";
import { verifyAuditChain } from "./platform/audit/verify.ts";
import { auditVerify } from "./platform/audit/verifyCommand.ts";
import { SESSION_SWEEP_INTERVAL_MS, startSessionSweep } from "./platform/auth/sessionSweep.ts";
import { sealTotpSecrets } from "./platform/auth/totpSecrets.ts";
import { type Config, loadConfig } from "./platform/config.ts";
import { backup, restore } from "./platform/database/backup.ts";
import { openDatabase } from "./platform/database/open.ts";
import { buildServer } from "./platform/http/server.ts";
import { loadSecretBox } from "./platform/keys/secrets.ts";
import { loadSigner } from "./platform/keys/signing.ts";
import { errorCause } from "./platform/log.ts";
import { createMailer, type Mailer } from "./platform/mail/mailer.ts";
import { buildServices, type Services } from "./platform/services.ts";

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

async function servicesFor(
  config: Config,
  db: Services["db"],
  mailer: Mailer | null,
  outboxPollMs: number,
): Promise<Services> {
  const { clockOffsetMs } = config;
  return buildServices(db, haven.house, {
    signer: await loadSigner(config.signingKey, config.dataDir),
    secrets: await loadSecretBox(config.secretsKey, config.previousSecretsKeys, config.dataDir),
    clock: clockOffsetMs === 0 ? undefined : () => new Date(Date.now() + clockOffsetMs),
    mailer,
    publicUrl: config.publicUrl,
    sessionTimeouts: config.session,
    outbox: { ...config.outbox, pollMs: outboxPollMs },
    onError: (error) =>
      process.stderr.write(`outbox: ${(error as Error).name}: ${(error as Error).message}\n`),
  });
}

/**
 * Opens the database for one command, runs it, and always closes it again. A tool sends no mail
 * itself: what it puts in the outbox is delivered by a server's outbox worker.
 */
async function withServices<T>(
  options: DatabaseOptions,
  run: (services: Services) => Promise<T>,
): Promise<T> {
  const config = configFrom(options);
  const handle = await openDatabase(config.database, haven.migrations);
  const services = await servicesFor(config, handle.db, null, 0);
  try {
    return await run(services);
  } finally {
    await services.outbox.stop();
    await handle.close();
  }
}

/** Seals TOTP secrets still stored plain (from before sealing, or a seed), saying how many. */
async function sealPlainSecrets(services: Services): Promise<void> {
  const sealed = await sealTotpSecrets(services.db, services.secrets, "plain");
  if (sealed > 0) {
    process.stderr.write(
      `Sealed ${sealed} plain TOTP secret(s) under key ${services.secrets.keyId}\n`,
    );
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
    const handle = await openDatabase(config.database, haven.migrations);
    const mailer = await createMailer(config);
    const services = await servicesFor(config, handle.db, mailer, config.outbox.pollMs);
    const rebuilt = await ensureProjections(services);
    if (rebuilt !== null) process.stderr.write(`Read models rebuilt from ${rebuilt} cases\n`);
    if (options.demo) {
      await seedDemo(services);
      await seedAppointmentsDemo(services);
    }
    await sealPlainSecrets(services);
    const app = await buildServer(services, {
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      routes: haven.routes(services),
    });
    const logError = (what: string) => (error: unknown) =>
      app.log.error({ err: errorCause(error) }, what);
    const sequencer = startSequencer(
      handle.db,
      config.auditSequenceIntervalMs,
      logError("audit sequencer failed"),
      {
        signer: services.signer,
        clock: services.clock,
        everyMs: config.auditCheckpointMinutes * 60_000,
      },
    );
    const sessionSweep = startSessionSweep(
      services,
      SESSION_SWEEP_INTERVAL_MS,
      logError("session sweep failed"),
    );
    const workers = haven.start(services, config, logError("background work failed"));
    const shutdown = async () => {
      await app.close();
      for (const worker of workers) await worker.stop();
      await services.outbox.stop();
      await sequencer.stop();
      await sessionSweep.stop();
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
    await withServices(options, sealPlainSecrets);
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
      await sealPlainSecrets(services);
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
  .description(
    "Chain what is pending, check every entry's hash and link, and compare the chain with the signed checkpoints (a mirror's, or the database's)",
  )
  .option(
    "--checkpoints <file>",
    "checkpoints mirrored from GET /api/audit/checkpoints (JSON, or JSON lines)",
  )
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions & { checkpoints?: string }) => {
    const result = await withServices(options, (services) =>
      auditVerify(services, options.checkpoints),
    );
    process.stdout.write(`${result.lines.join("\n")}\n`);
    if (!result.ok) process.exitCode = 1;
  });

const secrets = program.command("secrets").description("The secrets kept sealed at rest");
secrets
  .command("rotate")
  .description(
    "Seal every stored TOTP secret again under SECRETS_KEY; afterwards SECRETS_KEY_PREVIOUS can go",
  )
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions) => {
    const { sealed, keyId } = await withServices(options, async (services) => ({
      sealed: await sealTotpSecrets(services.db, services.secrets, "not-current"),
      keyId: services.secrets.keyId,
    }));
    process.stdout.write(
      `Re-encrypted ${sealed} TOTP secret(s); every stored TOTP secret is now under key ${keyId}.\n`,
    );
  });

program
  .command("backup <file>")
  .description("Write a logical backup of the whole database to a file")
  .option(...dataDirOption)
  .action(async (file: string, options: DatabaseOptions) => {
    const counts = await withServices(options, async ({ db }) => {
      await sequenceAll(db);
      return backup(db, file, haven.backup);
    });
    process.stdout.write(`Backup written to ${file}: ${JSON.stringify(counts)}\n`);
  });

program
  .command("restore <file>")
  .description("Restore a backup into an empty database, then verify its audit chain")
  .option(...dataDirOption)
  .action(async (file: string, options: DatabaseOptions) => {
    const { counts, verified } = await withServices(options, async (services) => {
      const restored = await restore(services.db, file, haven.backup);
      await rebuildProjections(services);
      return { counts: restored, verified: await verifyAuditChain(services.db) };
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
      const outcome = await withServices(options, (services) =>
        (action === "close" ? closeWindow : drawWindow)(services, options.date, {
          actor: "system:cli",
          action: `lottery.${action}`,
        }),
      );
      if (!outcome.ok) {
        process.stderr.write(`${"detail" in outcome ? outcome.detail : outcome.kind}\n`);
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

const projections = program
  .command("projections")
  .description("The read models kept from the case log");
projections
  .command("rebuild")
  .description("Fold every case's log again: its state, its clocks, and every read model")
  .option(...dataDirOption)
  .action(async (options: DatabaseOptions) => {
    const started = Date.now();
    const folded = await withServices(options, rebuildProjections);
    process.stdout.write(
      `Rebuilt the case states and ${haven.house.projections.map((p) => p.name).join(", ")} from ${folded} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`haven: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
