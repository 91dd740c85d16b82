import { type Kysely, sql } from "kysely";

/**
 * The courts' dockets: each judge's sessions in a courtroom, cut into hearing slots. A slot
 * holds at most one hearing (its case and hearing id); a case's hearing holds at most one slot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table court_sessions (
      id uuid primary key,
      court text not null,
      judge_id text not null,
      room text not null,
      day date not null,
      kind text not null check (kind in ('master', 'individual')),
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      slot_minutes integer not null check (slot_minutes between 5 and 480),
      created_by text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index court_sessions_court_day on court_sessions (court, day)`.execute(db);
  await sql`
    create table hearing_slots (
      id uuid primary key,
      session_id uuid not null references court_sessions (id),
      court text not null,
      judge_id text not null,
      room text not null,
      kind text not null check (kind in ('master', 'individual')),
      starts_at timestamptz not null,
      case_id uuid references cases (id),
      hearing_id text,
      booked_at timestamptz,
      check ((case_id is null) = (hearing_id is null)),
      unique (case_id, hearing_id)
    )`.execute(db);
  await sql`create index hearing_slots_judge_day on hearing_slots (court, judge_id, starts_at)`.execute(
    db,
  );
  await sql`create index hearing_slots_court_day on hearing_slots (court, starts_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table hearing_slots`.execute(db);
  await sql`drop table court_sessions`.execute(db);
}
