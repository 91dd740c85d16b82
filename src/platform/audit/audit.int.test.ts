import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../demo/seed.ts";
import { haven } from "../../pathway.ts";
import { testServices } from "../../testing/services.ts";
import {
  childEnvironment,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/testDatabase.ts";
import { openDatabase } from "../database/open.ts";
import type { Database } from "../database/schema.ts";
import { recordAudit } from "./record.ts";
import { sequenceAll } from "./sequencer.ts";
import { verifyAuditChain } from "./verify.ts";

const run = promisify(execFile);

/** `haven audit verify` as a user runs it: a separate process on the same database. */
async function havenAuditVerify(database: TestDatabase) {
  try {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli.ts", "audit", "verify"],
      {
        env: childEnvironment(database.location),
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

/** Edits a row the way someone with database access could: with the guard trigger bypassed. */
async function tamper(db: Kysely<Database>, statement: ReturnType<typeof sql>) {
  await db.connection().execute(async (connection) => {
    await sql`set session_replication_role = replica`.execute(connection);
    await statement.execute(connection);
    await sql`set session_replication_role = origin`.execute(connection);
  });
}

/** Tampers while no other process holds the database (PGlite is single-process). */
async function tamperOffline(database: TestDatabase, statement: ReturnType<typeof sql>) {
  if (database.location.kind === "postgres") return tamper(database.handle.db, statement);
  const handle = await openDatabase(database.location, haven.migrations);
  await tamper(handle.db, statement);
  await handle.close();
}

describe(`the hash-chained audit log (${testEngine})`, () => {
  let database: TestDatabase;
  let entries: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const services = testServices(database.handle.db);
    await seedDemo(services);
    for (let i = 0; i < 5; i++) {
      await recordAudit(database.handle.db, {
        actor: `officer-${i}`,
        action: "case.read",
        subjectType: "case",
        subjectId: `case-${i}`,
        details: { b: i, a: [1, { y: 2, x: 1 }] },
      });
    }
    await sequenceAll(database.handle.db);
    const { n } = await database.handle.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    entries = Number(n);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("chains every entry and verifies intact", async () => {
    const result = await verifyAuditChain(database.handle.db);
    expect(result.ok).toBe(true);
    expect(entries).toBeGreaterThan(12);
    expect(result.checked).toBe(entries);
    expect(result.unsequenced).toBe(0);
  });

  it("refuses edits and deletions of a chained row in the database itself", async () => {
    const { db } = database.handle;
    await expect(
      sql`update audit_log set actor = 'someone-else' where seq = 1`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 2`.execute(db)).rejects.toThrow(
      /append-only/,
    );
  });

  it("finds any single edited row and names it, for every row of the chain", async () => {
    const rows = await database.handle.db
      .selectFrom("audit_log")
      .select(["id", "actor"])
      .orderBy("seq")
      .execute();
    for (const row of rows) {
      await tamper(
        database.handle.db,
        sql`update audit_log set actor = ${`${row.actor}!`} where id = ${row.id}`,
      );
      const broken = await verifyAuditChain(database.handle.db);
      expect(broken.ok).toBe(false);
      expect(broken.breaks).toEqual([
        expect.objectContaining({ id: row.id, problem: "hash does not match the row" }),
      ]);
      await tamper(
        database.handle.db,
        sql`update audit_log set actor = ${row.actor} where id = ${row.id}`,
      );
    }
    expect((await verifyAuditChain(database.handle.db)).ok).toBe(true);
  });

  // Three runs of the real command, each starting Node and opening the database: on a loaded
  // 2-core machine that alone has taken a minute.
  it("makes `haven audit verify` fail and name the row edited by hand", async () => {
    const target = await database.handle.db
      .selectFrom("audit_log")
      .select(["id", "seq"])
      .where("seq", "=", 9)
      .executeTakeFirstOrThrow();
    if (database.location.kind === "pglite") await database.close();

    const intact = await havenAuditVerify(database);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain(`Audit chain intact: ${entries} entries`);

    await tamperOffline(
      database,
      sql`update audit_log set details = '{"b": 99}' where id = ${target.id}`,
    );
    const broken = await havenAuditVerify(database);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`row id ${target.id} (seq 9): hash does not match the row`);

    // A forger who also recomputes the row's own hash still breaks the next link.
    await tamperOffline(
      database,
      sql`update audit_log set hash = repeat('a', 64) where id = ${target.id}`,
    );
    const relinked = await havenAuditVerify(database);
    expect(relinked.code).toBe(1);
    expect(relinked.stdout).toMatch(/seq 10\): prev_hash does not match the entry before/);

    if (database.location.kind === "pglite") await database.reopen();
  }, 240_000);
});
