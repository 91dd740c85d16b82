import { type Kysely, sql } from "kysely";

/**
 * Administrators' policy changes as one dated log (removals to a country paused or resumed, a
 * port's places a day): the engine decides with them beside the built-in log, and each is in the
 * public policy log. The places per port recorded since migration 0004 move here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table policy_changes (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('removalsToCountry', 'portPlaces')),
      effective_at timestamptz not null,
      data jsonb not null,
      citation text not null,
      reason text not null,
      actor text not null,
      recorded_at timestamptz not null
    )`.execute(db);
  await sql`create index policy_changes_effective on policy_changes (effective_at, recorded_at)`.execute(
    db,
  );
  // A port's places from a day count from midnight in Central time, the request window's zone.
  await sql`
    insert into policy_changes (id, kind, effective_at, data, citation, reason, actor, recorded_at)
    select id, 'portPlaces',
           (effective_from::timestamp at time zone 'America/Chicago'),
           jsonb_build_object('port', port, 'places', places, 'from', effective_from::text),
           'Administrator''s change of places per day', reason, actor, at
      from capacity_changes`.execute(db);
  await sql`drop table capacity_changes`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
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
    insert into capacity_changes (id, port, effective_from, places, reason, actor, at)
    select id, data->>'port', (data->>'from')::date, (data->>'places')::int, reason, actor, recorded_at
      from policy_changes where kind = 'portPlaces'`.execute(db);
  await sql`drop table policy_changes`.execute(db);
}
