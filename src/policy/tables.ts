/** The policy area's table (migration 0010), added to the platform's `Database`. */
import type { ColumnType, Generated, JSONColumnType } from "kysely";

/** A change of policy recorded by an administrator: dated, with its reason, in the public log. */
export interface PolicyChangesTable {
  id: Generated<string>;
  kind: "removalsToCountry" | "portPlaces";
  effective_at: Date;
  data: JSONColumnType<Record<string, unknown>>;
  citation: string;
  reason: string;
  actor: string;
  recorded_at: ColumnType<Date, Date, never>;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    policy_changes: PolicyChangesTable;
  }
}
