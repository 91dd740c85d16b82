import path from "node:path";
import { z } from "zod";

/**
 * Haven's whole configuration, read once from the environment. Development defaults let a new
 * machine run with nothing set; production refuses to start without what it must be told.
 */
const environment = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default("data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUDIT_SEQUENCE_INTERVAL_MS: z.coerce.number().int().min(10).default(250),
  /** How often the lottery scheduler looks for due windows; 0 turns it off (tests, benchmarks). */
  LOTTERY_TICK_MS: z.coerce.number().int().min(0).default(30_000),
  /** Runs the server's clock this many seconds ahead of (or behind) the machine's; tests only. */
  CLOCK_OFFSET_SECONDS: z.coerce.number().int().default(0),
  /** Where mail goes: smtp://user:pass@host:port or smtps://…; unset in development = local sink. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Haven <no-reply@haven.localhost>"),
  /** The address people reach the web app at, for links in e-mail. */
  PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and TLS). */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /** How often this process delivers outbox messages; 0: it sends none (others do). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).default(1_000),
  /** The wait after a failed delivery; it doubles with each further failure. */
  OUTBOX_BACKOFF_MS: z.coerce.number().int().min(1).default(30_000),
  /** Haven's Ed25519 signing key, a 32-byte seed in base64; in development a file in DATA_DIR. */
  SIGNING_KEY: z.string().min(1).optional(),
  /** The key TOTP secrets are sealed under, 32 bytes in base64; in development a file in DATA_DIR. */
  SECRETS_KEY: z.string().min(1).optional(),
  /** Older secrets keys, comma-separated, still opened until `haven secrets rotate` has run. */
  SECRETS_KEY_PREVIOUS: z.string().optional(),
  /** The least time between two signed checkpoints of the audit chain; 0: at every advance. */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().min(0).max(1440).default(10),
});

export interface Config {
  env: "development" | "test" | "production";
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  port: number;
  host: string;
  logLevel: string;
  auditSequenceIntervalMs: number;
  /** 0 when this process runs no lottery scheduler. */
  lotteryTickMs: number;
  /** Added to the machine's clock (CLOCK_OFFSET_SECONDS); 0 outside tests. */
  clockOffsetMs: number;
  mail: { smtpUrl: string | null; from: string; outboxDir: string };
  publicUrl: string;
  session: { idleMinutes: number; absoluteHours: number };
  trustProxy: boolean;
  outbox: { pollMs: number; backoffMs: number };
  /** SIGNING_KEY; null in development, where the key is kept in the data folder. */
  signingKey: string | null;
  /** SECRETS_KEY; null in development, where the key is kept in the data folder. */
  secretsKey: string | null;
  /** SECRETS_KEY_PREVIOUS, split: keys sealed values may still be under while rotating. */
  previousSecretsKeys: string[];
  auditCheckpointMinutes: number;
  /** DATA_DIR, resolved: PGlite's files (when used), the development mail sink and keys. */
  dataDir: string;
}

export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  overrides: Partial<{ port: number; host: string; dataDir: string }> = {},
): Config {
  const parsed = environment.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${fields.join("; ")}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === "production" && !values.DATABASE_URL) {
    throw new Error("Invalid configuration: DATABASE_URL is required in production");
  }
  if (values.NODE_ENV === "production" && !values.SMTP_URL) {
    throw new Error("Invalid configuration: SMTP_URL is required in production");
  }
  if (values.NODE_ENV === "production" && values.CLOCK_OFFSET_SECONDS !== 0) {
    throw new Error("Invalid configuration: CLOCK_OFFSET_SECONDS is for tests, never production");
  }
  if (values.NODE_ENV === "production" && !values.PUBLIC_URL) {
    throw new Error("Invalid configuration: PUBLIC_URL is required in production");
  }
  if (values.NODE_ENV === "production" && !values.SIGNING_KEY) {
    throw new Error("Invalid configuration: SIGNING_KEY is required in production");
  }
  if (values.NODE_ENV === "production" && !values.SECRETS_KEY) {
    throw new Error("Invalid configuration: SECRETS_KEY is required in production");
  }
  const port = overrides.port ?? values.PORT;
  const dataDir = path.resolve(overrides.dataDir ?? values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    database: values.DATABASE_URL
      ? { kind: "postgres", url: values.DATABASE_URL }
      : { kind: "pglite", dataDir },
    port,
    host: overrides.host ?? values.HOST,
    logLevel: values.LOG_LEVEL,
    auditSequenceIntervalMs: values.AUDIT_SEQUENCE_INTERVAL_MS,
    lotteryTickMs: values.LOTTERY_TICK_MS,
    clockOffsetMs: values.CLOCK_OFFSET_SECONDS * 1000,
    mail: {
      smtpUrl: values.SMTP_URL ?? null,
      from: values.MAIL_FROM,
      outboxDir: path.join(dataDir, "outbox"),
    },
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    session: {
      idleMinutes: values.SESSION_IDLE_MINUTES,
      absoluteHours: values.SESSION_ABSOLUTE_HOURS,
    },
    trustProxy: values.TRUST_PROXY === "true",
    outbox: { pollMs: values.OUTBOX_POLL_MS, backoffMs: values.OUTBOX_BACKOFF_MS },
    signingKey: values.SIGNING_KEY ?? null,
    secretsKey: values.SECRETS_KEY ?? null,
    previousSecretsKeys: (values.SECRETS_KEY_PREVIOUS ?? "")
      .split(",")
      .map((key) => key.trim())
      .filter((key) => key !== ""),
    auditCheckpointMinutes: values.AUDIT_CHECKPOINT_MINUTES,
    dataDir,
  };
}
