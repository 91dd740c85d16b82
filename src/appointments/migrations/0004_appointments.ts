import { type Kysely, sql } from "kysely";

/**
 * Appointments at ports of entry: registrations (one per person, race-free by a unique identity
 * key), the daily request windows with their lottery (commitments, reveals, the published draw),
 * requests, appointments with their check-in, capacity changes (the public policy log), and NGO
 * referrals for a humanitarian exception. There is no fee field anywhere.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lottery_windows (
      date date primary key,
      opens_at timestamptz not null,
      closes_at timestamptz not null,
      draw_at timestamptz not null,
      appointment_date date not null,
      status text not null default 'open' check (status in ('open', 'closed', 'drawn', 'void')),
      operator text not null,
      operator_commitment text not null,
      operator_seed text not null,
      capacities jsonb not null,
      parameters jsonb not null,
      requests_digest text,
      request_count integer,
      published jsonb,
      closed_at timestamptz,
      closed_by text,
      drawn_at timestamptz,
      drawn_by text,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table lottery_commitments (
      window_date date not null references lottery_windows (date),
      party text not null,
      commitment text not null,
      account_id uuid references accounts (id),
      committed_at timestamptz not null,
      primary key (window_date, party)
    )`.execute(db);
  await sql`create unique index lottery_commitments_account on lottery_commitments (window_date, account_id)`.execute(
    db,
  );

  await sql`
    create table lottery_reveals (
      window_date date not null,
      party text not null,
      seed text not null,
      revealed_at timestamptz not null,
      primary key (window_date, party),
      foreign key (window_date, party) references lottery_commitments (window_date, party)
    )`.execute(db);

  await sql`
    create table appointment_registrations (
      id uuid primary key,
      account_id uuid not null references accounts (id),
      status text not null check (status in ('active', 'review')),
      review_reason text,
      language text not null,
      preferred_ports text[] not null,
      contact_email text,
      contact_phone text,
      first_requested_on date,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index appointment_registrations_account on appointment_registrations (account_id)`.execute(
    db,
  );

  // The identity key (date of birth + name skeletons) is unique: two simultaneous registrations
  // of the same person cannot both commit. Candidates for the fuzzy match are found by block.
  await sql`
    create table registration_people (
      person_id uuid primary key references persons (id),
      registration_id uuid not null references appointment_registrations (id),
      position smallint not null,
      identity_key text not null unique,
      date_of_birth date not null
    )`.execute(db);
  await sql`create index registration_people_registration on registration_people (registration_id, position)`.execute(
    db,
  );
  // Where a new registration looks for people it could be: by date of birth and family name, by
  // date of birth and given name, by date of birth and both names in either order. Written in the
  // same statement as its person (so no foreign key: a check per block row costs a surge dearly).
  await sql`
    create table registration_blocks (
      block_key text not null,
      person_id uuid not null,
      primary key (block_key, person_id)
    )`.execute(db);

  await sql`
    create table appointment_requests (
      id text primary key,
      registration_id uuid not null references appointment_registrations (id),
      window_date date not null,
      group_size smallint not null,
      preferred_ports text[] not null,
      waiting_days integer,
      status text not null default 'pending' check (status in ('pending', 'allocated', 'not_drawn')),
      requested_at timestamptz not null,
      unique (registration_id, window_date)
    )`.execute(db);
  await sql`create index appointment_requests_window on appointment_requests (window_date)`.execute(
    db,
  );

  await sql`
    create table appointments (
      code text primary key,
      request_id text not null unique references appointment_requests (id),
      registration_id uuid not null references appointment_registrations (id),
      window_date date not null references lottery_windows (date),
      port text not null,
      date date not null,
      time text not null,
      slot integer not null check (slot >= 0),
      places integer not null check (places > 0),
      status text not null default 'confirmed' check (status in ('confirmed', 'checked_in', 'no_show')),
      confirmation_sent_at timestamptz,
      checked_in_at timestamptz,
      checked_in_by text,
      no_show_at timestamptz,
      no_show_by text,
      created_at timestamptz not null,
      unique (port, date, slot)
    )`.execute(db);
  await sql`create index appointments_registration on appointments (registration_id)`.execute(db);
  await sql`create index appointments_port_date on appointments (port, date)`.execute(db);
  await sql`create index appointments_unsent on appointments (window_date) where confirmation_sent_at is null`.execute(
    db,
  );

  await sql`
    create table capacity_changes (
      id uuid primary key default gen_random_uuid(),
      port text not null,
      effective_from date not null,
      places integer not null check (places >= 0),
      reason text not null,
      actor text not null,
      at timestamptz not null
    )`.execute(db);

  await sql`
    create table humanitarian_referrals (
      id uuid primary key default gen_random_uuid(),
      screener_account_id uuid not null references accounts (id),
      person_id uuid not null references persons (id),
      category text not null check (category in ('women_with_small_children', 'serious_illness',
        'lgbt', 'disability', 'pregnancy', 'elderly', 'other')),
      note text,
      status text not null default 'pending' check (status in ('pending', 'granted', 'refused')),
      created_at timestamptz not null,
      decided_at timestamptz,
      decided_by text,
      decided_by_name text,
      decision_reason text,
      case_id uuid references cases (id)
    )`.execute(db);
  await sql`create index humanitarian_referrals_screener on humanitarian_referrals (screener_account_id, created_at)`.execute(
    db,
  );
  await sql`create index humanitarian_referrals_pending on humanitarian_referrals (created_at) where status = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "humanitarian_referrals",
    "capacity_changes",
    "appointments",
    "appointment_requests",
    "registration_blocks",
    "registration_people",
    "appointment_registrations",
    "lottery_reveals",
    "lottery_commitments",
    "lottery_windows",
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
