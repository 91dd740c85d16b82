import type { ColumnType, Generated, JSONColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, never>;

export interface PersonsTable {
  id: Generated<string>;
  a_number: string | null;
  given_name: string;
  family_name: string;
  native_given_name: string | null;
  native_family_name: string | null;
  date_of_birth: string | null;
  nationality: string;
  languages: string[];
  created_at: Timestamp;
}

export interface CasesTable {
  id: Generated<string>;
  reference: string;
  person_id: string;
  version: number;
  state: JSONColumnType<Record<string, unknown>>;
  opened_at: Timestamp;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CaseEventsTable {
  case_id: string;
  seq: number;
  type: string;
  data: JSONColumnType<Record<string, unknown>>;
  actor: string;
  reason: string | null;
  occurred_at: ColumnType<Date, Date | string, never>;
  recorded_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  seq: ColumnType<number | null, never, number>;
  at: Timestamp;
  actor: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: JSONColumnType<Record<string, unknown>>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export interface Database {
  persons: PersonsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  audit_log: AuditLogTable;
}
