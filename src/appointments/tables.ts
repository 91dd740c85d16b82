/**
 * The appointment area's tables (migrations 0004–0007, 0020), added to the platform's `Database` by
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
  /** What the applicant sees: a registration held for review is active all the same (0020). */
  status: "active" | "refused";
  /** Why it is held (English, for the officer; about the match or the claim only). */
  review_reason: string | null;
  /** Since when it waits for an officer's review; null when nothing waits (migration 0020). */
  held_since: SetLater<Date>;
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
  /** Another registered person had this one's exact identity key when it was registered (0020). */
  identity_taken: ColumnType<boolean, boolean | undefined, boolean>;
}

/** A registered person whom a held person may be, as the identity check found (migration 0020). */
export interface RegistrationMatchesTable {
  registration_id: string;
  position: number;
  /** 0 for the strongest; only the first few are kept. */
  rank: number;
  matched_registration_id: string;
  matched_position: number;
  code:
    | "identity.duplicate.same-name"
    | "identity.duplicate.name-form"
    | "identity.review.name-close"
    | "identity.review.names-swapped"
    | "identity.review.date-transposed";
  /** How many the check found for the person in all, kept or not. */
  found: number;
}

/** An applicant's word that someone registered in their name (migration 0020). */
export interface RegistrationClaimsTable {
  id: string;
  registration_id: string;
  /** The applicant's own words: for the officer only, never logged or audited. */
  statement: string;
  made_at: Date;
  reviewed_at: SetLater<Date>;
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
    registration_matches: RegistrationMatchesTable;
    registration_claims: RegistrationClaimsTable;
    appointment_requests: AppointmentRequestsTable;
    appointments: AppointmentsTable;
    humanitarian_referrals: HumanitarianReferralsTable;
  }
}
