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
    const pool = new pg.Pool({ connectionString: database.url, max: 10, options: "-c jit=off" });
    // A dropped server connection must not crash the process: queries fail and the pool reconnects.
    pool.on("error", () => {});
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
