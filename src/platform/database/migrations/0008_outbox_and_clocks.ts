import { type Kysely, sql } from "kysely";

/**
 * The outbox and its delivery records: a message is written in the transaction of the work
 * that makes it, and every attempt to deliver it is kept with its result. Cases keep their
 * deadline clocks beside their state, and the read models note which version they were built at.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      channel text not null check (channel in ('email')),
      recipient text not null,
      subject text not null,
      body text not null,
      purpose text not null,
      created_at timestamptz not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      lease_until timestamptz,
      sent_at timestamptz
    )`.execute(db);
  await sql`create index outbox_due on outbox (next_attempt_at) where status = 'pending'`.execute(
    db,
  );
  await sql`
    create table outbox_attempts (
      outbox_id uuid not null references outbox (id),
      attempt integer not null check (attempt > 0),
      at timestamptz not null,
      outcome text not null check (outcome in ('sent', 'failed')),
      detail text not null,
      primary key (outbox_id, attempt)
    )`.execute(db);

  await sql`alter table cases add column clocks jsonb not null default '{"running":[],"last":{}}'`.execute(
    db,
  );
  await sql`
    create table projection_versions (
      name text primary key,
      version text not null,
      rebuilt_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table projection_versions`.execute(db);
  await sql`alter table cases drop column clocks`.execute(db);
  await sql`drop table outbox_attempts`.execute(db);
  await sql`drop table outbox`.execute(db);
}
