import { type Kysely, sql } from "kysely";

/**
 * Persons, cases and the case event log. The log is append-only in the database itself, not
 * only in the code: a trigger refuses every UPDATE, DELETE and TRUNCATE on case_events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table persons (
      id uuid primary key default gen_random_uuid(),
      a_number text unique check (a_number ~ '^[0-9]{9}$'),
      given_name text not null,
      family_name text not null,
      native_given_name text,
      native_family_name text,
      date_of_birth date,
      nationality text not null check (nationality ~ '^[A-Z]{2}$'),
      languages text[] not null default '{}',
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`create sequence case_reference_seq`.execute(db);
  await sql`
    create table cases (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      person_id uuid not null references persons (id),
      version integer not null default 0 check (version >= 0),
      state jsonb not null,
      opened_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index cases_person_id on cases (person_id)`.execute(db);

  await sql`
    create table case_events (
      case_id uuid not null references cases (id),
      seq integer not null check (seq > 0),
      type text not null,
      data jsonb not null,
      actor text not null,
      reason text,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null default now(),
      primary key (case_id, seq)
    )`.execute(db);

  await sql`
    create function case_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'case_events is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
    end $$`.execute(db);
  await sql`
    create trigger case_events_no_update_or_delete
      before update or delete on case_events
      for each row execute function case_events_append_only()`.execute(db);
  await sql`
    create trigger case_events_no_truncate
      before truncate on case_events
      for each statement execute function case_events_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table case_events`.execute(db);
  await sql`drop function case_events_append_only`.execute(db);
  await sql`drop table cases`.execute(db);
  await sql`drop table persons`.execute(db);
  await sql`drop sequence case_reference_seq`.execute(db);
}
