import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";
import * as caseLog from "./migrations/0001_case_log.ts";
import * as auditLog from "./migrations/0002_audit_log.ts";
import * as accounts from "./migrations/0003_accounts.ts";
import * as outboxAndClocks from "./migrations/0008_outbox_and_clocks.ts";
import * as signInAttempts from "./migrations/0018_sign_in_attempts.ts";
import * as sealedTotpAndCheckpoints from "./migrations/0022_sealed_totp_and_checkpoints.ts";

/**
 * The platform's own migrations: the case log, the audit log, accounts, the outbox, sign-in
 * attempts, sealed TOTP secrets and the audit chain's checkpoints.
 */
export const platformMigrations: Readonly<Record<string, Migration>> = {
  "0001_case_log": caseLog,
  "0002_audit_log": auditLog,
  "0003_accounts": accounts,
  "0008_outbox_and_clocks": outboxAndClocks,
  "0018_sign_in_attempts": signInAttempts,
  "0022_sealed_totp_and_checkpoints": sealedTotpAndCheckpoints,
};

/**
 * One migration history for PGlite and PostgreSQL: every module's migrations together, in the
 * order of their names (never rename or reorder one).
 */
export function migrationHistory(
  sets: readonly (Readonly<Record<string, Migration>> | undefined)[],
): Record<string, Migration> {
  const history: Record<string, Migration> = {};
  for (const set of sets) {
    for (const [name, migration] of Object.entries(set ?? {})) {
      if (history[name]) throw new Error(`migration ${name} is declared twice`);
      history[name] = migration;
    }
  }
  return Object.fromEntries(Object.entries(history).sort(([a], [b]) => a.localeCompare(b)));
}

export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema.
  db: Kysely<any>,
  migrations: Readonly<Record<string, Migration>>,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}
