/** The court's docket tables (migration 0019), added to the platform's `Database`. */
import type { ColumnType } from "kysely";
import type { HearingKind } from "./slots.ts";

export interface CourtSessionsTable {
  id: string;
  court: string;
  judge_id: string;
  room: string;
  day: ColumnType<string, string, never>;
  kind: HearingKind;
  starts_at: ColumnType<Date, Date, never>;
  ends_at: ColumnType<Date, Date, never>;
  slot_minutes: number;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
}

export interface HearingSlotsTable {
  id: string;
  session_id: string;
  court: string;
  judge_id: string;
  room: string;
  kind: HearingKind;
  starts_at: ColumnType<Date, Date, never>;
  case_id: string | null;
  hearing_id: string | null;
  booked_at: Date | null;
}

declare module "../../platform/database/schema.ts" {
  interface Database {
    court_sessions: CourtSessionsTable;
    hearing_slots: HearingSlotsTable;
  }
}
