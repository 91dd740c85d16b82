import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { type Kysely, sql } from "kysely";
import type { BackupTable } from "../module.ts";
import type { Database } from "./schema.ts";

/**
 * A logical backup: one JSON document per line, the same on PGlite and PostgreSQL, so a backup of
 * either restores into either. Tables go in dependency order, each in key order; the restore
 * refuses a database that already holds data, and a backup made at another schema version.
 */
/** What a backup holds: the modules' tables in restore order, their sequences, the schema. */
export interface BackupPlan {
  tables: readonly BackupTable[];
  sequences: readonly string[];
  migrations: readonly string[];
}

/**
 * The platform's own tables and sequences, first in every backup. Not kept: sessions and sign-in
 * throttling (a restored system starts with everyone signed out), posts, which the migrations
 * themselves load, and the read models, which are rebuilt from the case log.
 */
export const platformTables: readonly BackupTable[] = [
  { name: "persons", orderBy: "id" },
  { name: "cases", orderBy: "reference" },
  { name: "case_events", orderBy: "case_id, seq" },
  { name: "accounts", orderBy: "id" },
  { name: "recovery_codes", orderBy: "account_id, code_hash" },
  { name: "invitations", orderBy: "id" },
  { name: "password_resets", orderBy: "token_hash" },
  { name: "account_persons", orderBy: "account_id, person_id" },
  { name: "referrals", orderBy: "screener_account_id, person_id" },
  { name: "appearances", orderBy: "id" },
  { name: "outbox", orderBy: "id" },
  { name: "outbox_attempts", orderBy: "outbox_id, attempt" },
  { name: "audit_log", orderBy: "id" },
];
export const platformSequences: readonly string[] = ["case_reference_seq", "audit_log_id_seq"];
const FORMAT = "haven-backup";

interface Header {
  format: typeof FORMAT;
  version: 1;
  migrations: string[];
  createdAt: string;
}

export async function backup(
  db: Kysely<Database>,
  file: string,
  plan: BackupPlan,
): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
  };
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    // One snapshot for the whole backup, on PostgreSQL as on PGlite.
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    const header: Header = {
      format: FORMAT,
      version: 1,
      migrations: [...plan.migrations],
      createdAt: new Date().toISOString(),
    };
    await write(header);
    for (const table of plan.tables) {
      const { rows } = await sql<Record<string, unknown>>`
        select * from ${sql.table(table.name)} order by ${sql.raw(table.orderBy)}`.execute(trx);
      for (const row of rows) await write({ table: table.name, row });
      counts[table.name] = rows.length;
    }
    for (const sequence of plan.sequences) {
      const { rows } = await sql<{ last_value: number; is_called: boolean }>`
        select last_value, is_called from ${sql.table(sequence)}`.execute(trx);
      await write({ sequence, value: rows[0]?.last_value, called: rows[0]?.is_called });
    }
  });
  out.end();
  await once(out, "finish");
  return counts;
}

export async function restore(
  db: Kysely<Database>,
  file: string,
  plan: BackupPlan,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(
    plan.tables.map((table) => [table.name, 0]),
  );
  await db.transaction().execute(async (trx) => {
    for (const table of plan.tables) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table.name)}`.execute(trx);
      if ((rows[0]?.n ?? 0) > 0) {
        throw new Error(`Refusing to restore: table ${table.name} already holds data.`);
      }
    }
    let header: Header | undefined;
    let table: string | undefined;
    let rows: Record<string, unknown>[] = [];
    // Rows go in as JSON and PostgreSQL maps them onto the table's own column types.
    const flush = async () => {
      if (!table || rows.length === 0) return;
      await sql`insert into ${sql.table(table)}
        select * from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
        trx,
      );
      counts[table] = (counts[table] ?? 0) + rows.length;
      rows = [];
    };
    // Opened only now: lines read while the checks above ran would otherwise be lost.
    const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }) });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const entry = JSON.parse(line);
      if (!header) {
        header = entry as Header;
        if (header.format !== FORMAT) throw new Error("Not a Haven backup.");
        const here = plan.migrations.join(",");
        if (header.migrations.join(",") !== here) {
          throw new Error(
            `The backup was made at schema ${header.migrations.at(-1)}; this database is at ${plan.migrations.at(-1)}.`,
          );
        }
        continue;
      }
      if ("table" in entry) {
        if (!plan.tables.some((known) => known.name === entry.table)) {
          throw new Error(`Unknown table ${entry.table}`);
        }
        if (entry.table !== table || rows.length >= 500) await flush();
        table = entry.table;
        rows.push(entry.row);
      } else if ("sequence" in entry) {
        await flush();
        if (!plan.sequences.includes(entry.sequence))
          throw new Error(`Unknown sequence ${entry.sequence}`);
        await sql`select setval(${entry.sequence}::regclass, ${entry.value}::bigint, ${entry.called}::boolean)`.execute(
          trx,
        );
      }
    }
    await flush();
    if (!header) throw new Error("The backup file is empty.");
  });
  return counts;
}
