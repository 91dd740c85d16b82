import { type Kysely, sql } from "kysely";

/**
 * Removal flights and their manifests: each flight's destination and departure, and each person
 * put on it with where they stand — on the manifest, blocked by the due-process guard (with the
 * rule, its citation and the reason), or what became of them at boarding.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table removal_flights (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('charter', 'commercial')),
      carrier text not null,
      flight_number text not null,
      destination text not null check (destination ~ '^[A-Z]{2}$'),
      departure_airport text not null,
      departs_at timestamptz not null,
      status text not null default 'scheduled'
        check (status in ('scheduled', 'departed', 'cancelled')),
      created_by text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index removal_flights_departs on removal_flights (departs_at, id)`.execute(db);
  await sql`
    create table removal_manifest (
      flight_id uuid not null references removal_flights (id),
      case_id uuid not null references cases (id),
      status text not null check (status in (
        'on_manifest', 'blocked', 'removed', 'refused_to_board', 'medical', 'cancelled', 'taken_off'
      )),
      blocked_rule text,
      blocked_citation text,
      blocked_reason text,
      updated_at timestamptz not null,
      primary key (flight_id, case_id),
      check ((status = 'blocked') = (blocked_rule is not null))
    )`.execute(db);
  await sql`create index removal_manifest_case on removal_manifest (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table removal_manifest`.execute(db);
  await sql`drop table removal_flights`.execute(db);
}
