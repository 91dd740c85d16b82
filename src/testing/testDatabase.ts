import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Migration } from "kysely";
import pg from "pg";
import { haven } from "../pathway.ts";
import type { Config } from "../platform/config.ts";
import type { DatabaseHandle } from "../platform/database/connect.ts";
import { openDatabase } from "../platform/database/open.ts";

export interface TestDatabase {
  handle: DatabaseHandle;
  /** How another process (the CLI, a second server) reaches the same database. */
  location: Config["database"];
  /** Closes our connection; the database stays (PGlite: so another process may open it). */
  close: () => Promise<void>;
  /** Opens our connection again after `close`. */
  reopen: () => Promise<void>;
  /** Closes and deletes the database. */
  drop: () => Promise<void>;
}

/** Which engine the integration tests run on: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testEngine: "postgres" | "pglite" = process.env.DATABASE_URL ? "postgres" : "pglite";

/**
 * A fresh, migrated database of its own for one test file: a new database on the PostgreSQL
 * server named by DATABASE_URL, or a new PGlite folder.
 */
export async function createTestDatabase(
  migrations: Readonly<Record<string, Migration>> = haven.migrations,
): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `haven_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return openTestDatabase({ kind: "postgres", url: url.toString() }, migrations, () =>
      adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "haven-test-"));
  return openTestDatabase({ kind: "pglite", dataDir }, migrations, () =>
    rm(dataDir, { recursive: true, force: true }),
  );
}

async function openTestDatabase(
  location: Config["database"],
  migrations: Readonly<Record<string, Migration>>,
  remove: () => Promise<void>,
): Promise<TestDatabase> {
  let open = true;
  const database: TestDatabase = {
    handle: await openDatabase(location, migrations),
    location,
    close: async () => {
      if (open) await database.handle.close();
      open = false;
    },
    reopen: async () => {
      await database.close();
      database.handle = await openDatabase(location, migrations);
      open = true;
    },
    drop: async () => {
      await database.close();
      await remove();
    },
  };
  return database;
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The environment a child process needs to reach the same database. */
export function childEnvironment(location: Config["database"]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  if (location.kind === "postgres") return { ...env, DATABASE_URL: location.url };
  delete env.DATABASE_URL;
  return { ...env, DATA_DIR: location.dataDir };
}
