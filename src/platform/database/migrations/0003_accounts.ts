import { type Kysely, sql } from "kysely";

/**
 * Accounts, sessions and access: who may sign in, their server-side sessions, the tokens that
 * invite staff and reset passwords, the login throttle, and the relationships that decide which
 * cases an account sees (family links, NGO referrals, appearances G-28 / EOIR-28). Secrets are
 * stored only as hashes: session ids, invitation and reset tokens and recovery codes as SHA-256,
 * passwords as argon2id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table posts (
      kind text not null check (kind in ('port', 'facility', 'court')),
      id text not null,
      name text not null,
      primary key (kind, id)
    )`.execute(db);
  await sql`
    insert into posts (kind, id, name) values
      ('port', 'san_ysidro', 'San Ysidro'), ('port', 'calexico', 'Calexico'),
      ('port', 'nogales', 'Nogales'), ('port', 'el_paso', 'El Paso'),
      ('port', 'eagle_pass', 'Eagle Pass'), ('port', 'laredo', 'Laredo'),
      ('port', 'hidalgo', 'Hidalgo'), ('port', 'brownsville', 'Brownsville'),
      ('facility', 'otay_mesa', 'Otay Mesa Detention Center'),
      ('facility', 'imperial', 'Imperial Regional Detention Facility'),
      ('facility', 'el_paso_spc', 'El Paso Service Processing Center'),
      ('court', 'san_diego', 'San Diego Immigration Court'),
      ('court', 'otay_mesa', 'Otay Mesa Immigration Court'),
      ('court', 'el_paso', 'El Paso Immigration Court')`.execute(db);

  await sql`
    create table accounts (
      id uuid primary key default gen_random_uuid(),
      email text unique,
      phone text unique,
      password_hash text not null,
      role text not null,
      post_kind text,
      post_id text,
      preferred_language text not null,
      display_name text,
      totp_secret text,
      totp_enrolled_at timestamptz,
      totp_pending_secret text,
      totp_last_step bigint,
      created_at timestamptz not null default now(),
      check (email is not null or phone is not null),
      check ((post_kind is null) = (post_id is null)),
      foreign key (post_kind, post_id) references posts (kind, id)
    )`.execute(db);

  await sql`
    create table recovery_codes (
      account_id uuid not null references accounts (id) on delete cascade,
      code_hash text not null,
      used_at timestamptz,
      primary key (account_id, code_hash)
    )`.execute(db);

  await sql`
    create table sessions (
      id_hash text primary key,
      account_id uuid references accounts (id) on delete cascade,
      csrf_token text not null,
      mfa_verified boolean not null default false,
      created_at timestamptz not null,
      last_seen_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_account on sessions (account_id)`.execute(db);

  await sql`
    create table invitations (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      email text not null,
      role text not null,
      post_kind text,
      post_id text,
      display_name text,
      invited_by text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      account_id uuid references accounts (id),
      foreign key (post_kind, post_id) references posts (kind, id)
    )`.execute(db);

  await sql`
    create table password_resets (
      token_hash text primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);

  await sql`
    create table login_throttle (
      key text primary key,
      failures integer not null,
      last_failure_at timestamptz not null,
      blocked_until timestamptz not null
    )`.execute(db);

  await sql`
    create table account_persons (
      account_id uuid not null references accounts (id) on delete cascade,
      person_id uuid not null references persons (id),
      relation text not null check (relation in ('self', 'family')),
      created_at timestamptz not null default now(),
      primary key (account_id, person_id)
    )`.execute(db);
  await sql`create index account_persons_person on account_persons (person_id)`.execute(db);

  await sql`
    create table referrals (
      screener_account_id uuid not null references accounts (id) on delete cascade,
      person_id uuid not null references persons (id),
      created_at timestamptz not null default now(),
      primary key (screener_account_id, person_id)
    )`.execute(db);
  await sql`create index referrals_person on referrals (person_id)`.execute(db);

  await sql`
    create table appearances (
      id uuid primary key default gen_random_uuid(),
      attorney_account_id uuid not null references accounts (id) on delete cascade,
      case_id uuid references cases (id),
      case_reference text not null,
      form text not null check (form in ('G-28', 'EOIR-28')),
      filed_at timestamptz not null,
      consented_at timestamptz,
      consented_by uuid references accounts (id),
      withdrawn_at timestamptz,
      withdrawn_by uuid references accounts (id)
    )`.execute(db);
  await sql`create index appearances_case on appearances (case_id) where withdrawn_at is null`.execute(
    db,
  );
  await sql`create index appearances_attorney on appearances (attorney_account_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "appearances",
    "referrals",
    "account_persons",
    "login_throttle",
    "password_resets",
    "invitations",
    "sessions",
    "recovery_codes",
    "accounts",
    "posts",
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
