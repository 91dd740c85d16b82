/**
 * The case read models' tables (migrations 0009 and 0013), added to the platform's `Database` by
 * declaration merging.
 */
import type { Generated, JSONColumnType } from "kysely";

export interface CaseSummariesTable {
  case_id: string;
  reference: string;
  person_id: string;
  version: number;
  /** Where the case stands, one word per region of the process model. */
  regions: JSONColumnType<Record<string, string>>;
  /** The latest time any of its events happened. */
  last_event_at: Date;
  /** The earliest instant a deadline not yet met falls due. */
  next_due_at: Date | null;
}

export interface CaseDeadlinesTable {
  case_id: string;
  rule_id: string;
  started_seq: number;
  started_type: string;
  party: string;
  kind: "by" | "notBefore";
  start_day: string;
  due: string;
  due_at: Date;
  rolled_from: string | null;
  met_at: Date | null;
}

export interface WorklistItemsTable {
  case_id: string;
  item: string;
  role: string;
  post_kind: "port" | "facility" | "court" | null;
  post_id: string | null;
  due_at: Date | null;
  /** When it becomes urgent, if a standard says so before it is due. */
  warn_at: Date | null;
  /** `due_at`, or infinity when none: the order of the worklist (generated). */
  due_order: Generated<Date>;
  rule_id: string | null;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    case_summaries: CaseSummariesTable;
    case_deadlines: CaseDeadlinesTable;
    worklist_items: WorklistItemsTable;
  }
}
