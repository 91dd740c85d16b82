import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Config } from "../config.ts";
import type { Database } from "./schema.ts";

// int8 (bigint) as a JS number: audit and event sequence numbers stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// `date` as its plain YYYY-MM-DD text: a date of birth has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: "postgres" | "pglite";
  /** For PGlite only: the embedded instance (backup, tests). */
  pglite?: PGlite;
  close: () => Promise<void>;
}

/**
 * One query layer for both engines: Kysely's own PostgresDialect over a `pg.Pool`. For the
 * embedded default the pool speaks to PGlite through its node-postgres adapter (one session).
 */
export async function connect(database: Config["database"]): Promise<DatabaseHandle> {
  if (database.kind === "postgres") {
    // JIT off: Haven's statements are short, and a JIT compile (10–50 ms) costs more than the
    // statement whenever the planner's row estimate crosses jit_above_cost.
    const pool = new pg.Pool({
      connectionString: database.url,
      max: 10,
      options: "-c jit=off",
      // A request waits this long at most for a connection (a full pool, a server that does not
      // answer), then fails as "unavailable" (503) instead of hanging.
      connectionTimeoutMillis: 30_000,
      keepAlive: true,
    });
    // A dropped server connection (PostgreSQL restarted, 57P01) must not crash the process. pg
    // emits it on the client, idle (the pool's "error") or checked out (the client's own, where
    // the pool listens to nobody). The query that was using it fails by itself and is answered
    // as 503; the broken client is not reused, and the pool connects afresh. Nothing is logged
    // here: the failing query's own path reports it.
    pool.on("error", () => {});
    pool.on("connect", (client) => {
      client.on("error", () => {});
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  if (database.dataDir !== "memory://") mkdirSync(database.dataDir, { recursive: true });
  const pglite = new PGlite(database.dataDir);
  await pglite.waitReady;
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "pglite",
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
