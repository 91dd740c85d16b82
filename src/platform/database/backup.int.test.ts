import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../demo/seed.ts";
import { haven } from "../../pathway.ts";
import { openPersonCase, testServices } from "../../testing/services.ts";
import { createTestDatabase, type TestDatabase, testEngine } from "../../testing/testDatabase.ts";
import { sequenceAll } from "../audit/sequencer.ts";
import { verifyAuditChain } from "../audit/verify.ts";
import { backup, restore } from "./backup.ts";
import type { Database } from "./schema.ts";

describe(`backup and restore (${testEngine})`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "haven-backup-"));
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedDemo(testServices(source.handle.db));
    await sequenceAll(source.handle.db);
  });
  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
    await rm(folder, { recursive: true, force: true });
  });

  it("restores every case, event and audit entry, with an intact chain and working sequences", async () => {
    const file = path.join(folder, "haven.backup.jsonl");
    const written = await backup(source.handle.db, file, haven.backup);
    const count = async (table: keyof Database) =>
      Number(
        (
          await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
            source.handle.db,
          )
        ).rows[0]?.n,
      );
    for (const [table, rows] of Object.entries(written)) {
      expect(rows, table).toBe(await count(table as keyof Database));
    }
    expect(written).toMatchObject({ persons: 8, cases: 8, accounts: 12 });
    expect(written.case_events).toBeGreaterThan(50);
    expect(written.account_persons).toBeGreaterThan(0);
    expect(written.appearances).toBeGreaterThan(0);

    const restored = await restore(target.handle.db, file, haven.backup);
    expect(restored).toEqual(written);
    const snapshot = async (t: TestDatabase) => ({
      cases: await t.handle.db
        .selectFrom("cases")
        .select(["id", "reference", "version", "state"])
        .orderBy("id")
        .execute(),
      accounts: await t.handle.db.selectFrom("accounts").selectAll().orderBy("id").execute(),
      events: await t.handle.db
        .selectFrom("case_events")
        .select(["case_id", "seq", "type", "data", "occurred_at"])
        .orderBy("case_id")
        .orderBy("seq")
        .execute(),
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const chain = await verifyAuditChain(target.handle.db);
    expect(chain).toMatchObject({ ok: true, checked: written.audit_log });
    expect(chain.headHash).toBe((await verifyAuditChain(source.handle.db)).headHash);

    // The restored database carries on where the source stopped.
    const services = testServices(target.handle.db);
    const next = await openPersonCase(
      services,
      { givenName: "N", familyName: "M", nationality: "RU", languages: [] },
      "2023-01-01T00:00:00Z",
    );
    expect(next.reference).toBe("HVN-2023-000009");
    await sequenceAll(target.handle.db);
    expect((await verifyAuditChain(target.handle.db)).ok).toBe(true);
  });

  it("refuses to restore into a database that holds data, and changes nothing", async () => {
    const file = path.join(folder, "again.jsonl");
    await backup(source.handle.db, file, haven.backup);
    await expect(restore(source.handle.db, file, haven.backup)).rejects.toThrow(
      /already holds data/,
    );
  });
});
