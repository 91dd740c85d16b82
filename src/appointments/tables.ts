/**
 * The appointment area's tables (migrations 0004–0007), added to the platform's `Database` by
 * declaration merging: queries anywhere see them typed, and the platform names none of them.
 */
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { SetLater } from "../platform/database/schema.ts";

type Timestamp = ColumnType<Date, Date | string | undefined, never>;

export interface LotteryWindowsTable {
  date: string;
  opens_at: Date;
  closes_at: Date;
  draw_at: Date;
  appointment_date: string;
  status: "open" | "closed" | "drawn" | "void";
  operator: string;
  operator_commitment: string;
  operator_seed: string;
  capacities: JSONColumnType<{ port: string; places: number }[]>;
  parameters: JSONColumnType<{ longestWaitingSharePercent: number; waitingThresholdDays: number }>;
  requests_digest: string | null;
  request_count: number | null;
  published: JSONColumnType<Record<string, unknown>> | null;
  closed_at: Date | null;
  closed_by: string | null;
  drawn_at: Date | null;
  drawn_by: string | null;
  created_at: Timestamp;
}

export interface LotteryCommitmentsTable {
  window_date: string;
  party: string;
  commitment: string;
  account_id: string | null;
  committed_at: Date;
}

export interface LotteryRevealsTable {
  window_date: string;
  party: string;
  seed: string;
  revealed_at: Date;
}

export interface AppointmentRegistrationsTable {
  id: string;
  account_id: string;
  status: "active" | "review" | "refused";
  /** Why the identity check held it (English, about the match only). */
  review_reason: string | null;
  reviewed_at: SetLater<Date>;
  reviewed_by: SetLater<string>;
  reviewed_by_name: SetLater<string>;
  review_decision: SetLater<"accepted" | "refused">;
  /** The officer's reason, which the applicant is told. */
  review_note: SetLater<string>;
  language: string;
  preferred_ports: string[];
  contact_email: string | null;
  contact_phone: string | null;
  first_requested_on: string | null;
  created_at: Date;
}

/** A registered person (migration 0006): the `persons` row is made at check-in. */
export interface RegistrationPeopleTable {
  registration_id: string;
  position: number;
  person_id: string;
  given_name: string;
  family_name: string;
  native_given_name: string | null;
  native_family_name: string | null;
  date_of_birth: string;
  nationality: string;
  languages: string[];
  family_block: string;
  given_block: string;
  names_block: string;
}

export interface AppointmentRequestsTable {
  id: string;
  registration_id: string;
  window_date: string;
  group_size: number;
  preferred_ports: string[];
  waiting_days: number | null;
  status: "pending" | "allocated" | "not_drawn";
  requested_at: Date;
}

export interface AppointmentsTable {
  code: string;
  request_id: string;
  registration_id: string;
  window_date: string;
  port: string;
  date: string;
  time: string;
  slot: number;
  places: number;
  status: "confirmed" | "checked_in" | "no_show";
  confirmation_sent_at: Date | null;
  checked_in_at: Date | null;
  checked_in_by: string | null;
  no_show_at: Date | null;
  no_show_by: string | null;
  created_at: Date;
}

export interface HumanitarianReferralsTable {
  id: Generated<string>;
  screener_account_id: string;
  person_id: string;
  category: string;
  note: string | null;
  status: "pending" | "granted" | "refused";
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decision_reason: string | null;
  case_id: string | null;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    lottery_windows: LotteryWindowsTable;
    lottery_commitments: LotteryCommitmentsTable;
    lottery_reveals: LotteryRevealsTable;
    appointment_registrations: AppointmentRegistrationsTable;
    registration_people: RegistrationPeopleTable;
    appointment_requests: AppointmentRequestsTable;
    appointments: AppointmentsTable;
    humanitarian_referrals: HumanitarianReferralsTable;
  }
}
