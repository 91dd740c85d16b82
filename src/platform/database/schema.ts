import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { Clocks } from "../../core/deadlines/types.ts";

type Timestamp = ColumnType<Date, Date | string | undefined, never>;
/** A column left null at insert and set by a later decision. */
export type SetLater<T> = ColumnType<T | null, T | null | undefined, T | null>;

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
  clocks: JSONColumnType<Clocks>;
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
  recorded_at: ColumnType<Date, Date, never>;
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

/** One bucket of sign-in attempts: how many its window has taken, and when the window ends. */
export interface SignInAttemptsTable {
  bucket: string;
  attempts: number;
  window_ends_at: Date;
}

export interface KnownDevicesTable {
  device_hash: string;
  account_id: string;
  first_seen_at: ColumnType<Date, Date, never>;
  last_seen_at: Date;
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

export interface OutboxTable {
  id: Generated<string>;
  /** "email", or a channel a module delivers (its migration allows it). */
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  purpose: string;
  created_at: ColumnType<Date, Date, never>;
  status: ColumnType<"pending" | "sent" | "failed", undefined, "pending" | "sent" | "failed">;
  attempts: ColumnType<number, undefined, number>;
  next_attempt_at: ColumnType<Date, Date, Date>;
  lease_until: SetLater<Date>;
  sent_at: SetLater<Date>;
}

export interface OutboxAttemptsTable {
  outbox_id: string;
  attempt: number;
  at: Date;
  outcome: "sent" | "failed";
  detail: string;
}

export interface ProjectionVersionsTable {
  name: string;
  version: string;
  rebuilt_at: Date;
}

/**
 * The platform's tables. A module with tables of its own adds them to this interface from its
 * folder (TypeScript declaration merging, `declare module`), so the platform names none of them.
 */
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
  sign_in_attempts: SignInAttemptsTable;
  known_devices: KnownDevicesTable;
  account_persons: AccountPersonsTable;
  referrals: ReferralsTable;
  appearances: AppearancesTable;
  outbox: OutboxTable;
  outbox_attempts: OutboxAttemptsTable;
  projection_versions: ProjectionVersionsTable;
}
