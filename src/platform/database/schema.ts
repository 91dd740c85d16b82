import type { ColumnType, Generated, JSONColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, never>;
/** A column left null at insert and set by a later decision. */
type SetLater<T> = ColumnType<T | null, T | null | undefined, T | null>;

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

export interface PostsTable {
  kind: "port" | "facility" | "court";
  id: string;
  name: string;
}

export interface AccountsTable {
  id: Generated<string>;
  email: string | null;
  phone: string | null;
  password_hash: string;
  role: string;
  post_kind: "port" | "facility" | "court" | null;
  post_id: string | null;
  preferred_language: string;
  display_name: string | null;
  totp_secret: string | null;
  totp_enrolled_at: Date | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  account_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface SessionsTable {
  id_hash: string;
  account_id: string | null;
  csrf_token: string;
  mfa_verified: boolean;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: ColumnType<Date, Date, Date>;
}

export interface InvitationsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  role: string;
  post_kind: "port" | "facility" | "court" | null;
  post_id: string | null;
  display_name: string | null;
  invited_by: string;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
  accepted_at: Date | null;
  account_id: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  account_id: string;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date;
}

export interface AccountPersonsTable {
  account_id: string;
  person_id: string;
  relation: "self" | "family";
  created_at: Timestamp;
}

export interface ReferralsTable {
  screener_account_id: string;
  person_id: string;
  created_at: Timestamp;
}

export interface AppearancesTable {
  id: Generated<string>;
  attorney_account_id: string;
  case_id: string | null;
  case_reference: string;
  form: "G-28" | "EOIR-28";
  filed_at: Date;
  consented_at: Date | null;
  consented_by: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

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

export interface CapacityChangesTable {
  id: Generated<string>;
  port: string;
  effective_from: string;
  places: number;
  reason: string;
  actor: string;
  at: Date;
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

export interface Database {
  persons: PersonsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  audit_log: AuditLogTable;
  posts: PostsTable;
  accounts: AccountsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  login_throttle: LoginThrottleTable;
  account_persons: AccountPersonsTable;
  referrals: ReferralsTable;
  appearances: AppearancesTable;
  lottery_windows: LotteryWindowsTable;
  lottery_commitments: LotteryCommitmentsTable;
  lottery_reveals: LotteryRevealsTable;
  appointment_registrations: AppointmentRegistrationsTable;
  registration_people: RegistrationPeopleTable;
  appointment_requests: AppointmentRequestsTable;
  appointments: AppointmentsTable;
  capacity_changes: CapacityChangesTable;
  humanitarian_referrals: HumanitarianReferralsTable;
}
