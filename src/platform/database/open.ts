import type { Migration } from "kysely";
import type { Config } from "../config.ts";
import { connect, type DatabaseHandle } from "./connect.ts";
import { migrateToLatest } from "./migrate.ts";

/** Connects and brings the schema up to date: what every command that touches data does first. */
export async function openDatabase(
  database: Config["database"],
  migrations: Readonly<Record<string, Migration>>,
): Promise<DatabaseHandle> {
  const handle = await connect(database);
  try {
    await migrateToLatest(handle.db, migrations);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
