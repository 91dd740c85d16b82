import { type Kysely, sql } from "kysely";

/**
 * Sign-in attempts counted before the work they pay for: one row per bucket (a client address,
 * an identifier, a known device, a pending sign-in), holding how many attempts its window has
 * taken. And the devices an account has signed in on, by the hash of their cookie.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sign_in_attempts (
      bucket text primary key,
      attempts integer not null check (attempts >= 0),
      window_ends_at timestamptz not null
    )`.execute(db);
  await sql`create index sign_in_attempts_window on sign_in_attempts (window_ends_at)`.execute(db);

  await sql`
    create table known_devices (
      device_hash text not null,
      account_id uuid not null references accounts (id) on delete cascade,
      first_seen_at timestamptz not null,
      last_seen_at timestamptz not null,
      primary key (device_hash, account_id)
    )`.execute(db);
  await sql`create index known_devices_account on known_devices (account_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table known_devices`.execute(db);
  await sql`drop table sign_in_attempts`.execute(db);
}
