import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";
import * as caseLog from "./migrations/0001_case_log.ts";
import * as auditLog from "./migrations/0002_audit_log.ts";
import * as accounts from "./migrations/0003_accounts.ts";
import * as appointments from "./migrations/0004_appointments.ts";
import * as leanRegistrationWrites from "./migrations/0005_lean_registration_writes.ts";
import * as registeredPeople from "./migrations/0006_registered_people.ts";
import * as registrationReview from "./migrations/0007_registration_review.ts";

/** One migration history for PGlite and PostgreSQL, in order; never rename or reorder one. */
export const migrations: Record<string, Migration> = {
  "0001_case_log": caseLog,
  "0002_audit_log": auditLog,
  "0003_accounts": accounts,
  "0004_appointments": appointments,
  "0005_lean_registration_writes": leanRegistrationWrites,
  "0006_registered_people": registeredPeople,
  "0007_registration_review": registrationReview,
};

// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}
