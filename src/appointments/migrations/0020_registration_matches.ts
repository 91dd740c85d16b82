import { type Kysely, sql } from "kysely";
import { rankMatches } from "../identity/index.ts";
import { personKeys } from "../registrations/identity.ts";

/** What one stored match may say (the identity module's codes, bar "distinct"). */
const CODES = [
  "identity.duplicate.same-name",
  "identity.duplicate.name-form",
  "identity.review.name-close",
  "identity.review.names-swapped",
  "identity.review.date-transposed",
];

/**
 * A registration is never refused or answered differently because someone else is registered
 * (8 CFR 208.6: registration must not tell who has registered). A registration whose people
 * match registered people is kept active, stays in the draw and is held for an officer's review
 * (`held_since`); what the identity check found is computed once, in the registration's own
 * statement, and stored, at most a few per person with the count of all (`registration_matches`),
 * so the officer's list reads stored rows. A person whose exact identity key was registered
 * already is marked `identity_taken`; the key stays unique among the others, so two
 * registrations of one person at the same instant still meet (the second is retried and held).
 * An applicant may claim that someone registered in their name (`registration_claims`).
 * Registrations held before this migration become active and held, with their matches stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table registration_people
      add column identity_taken boolean not null default false`.execute(db);
  await sql`drop index registration_people_identity_key`.execute(db);
  await sql`create index registration_people_family_block on registration_people (family_block)`.execute(
    db,
  );
  await sql`
    create unique index registration_people_identity_key
      on registration_people (family_block, given_block) where not identity_taken`.execute(db);

  await sql`alter table appointment_registrations add column held_since timestamptz`.execute(db);
  await sql`drop index appointment_registrations_held`.execute(db);
  await sql`
    update appointment_registrations set status = 'active', held_since = created_at
    where status = 'review'`.execute(db);
  await sql`
    alter table appointment_registrations
      drop constraint appointment_registrations_status_check,
      add constraint appointment_registrations_status_check
        check (status in ('active', 'refused'))`.execute(db);
  await sql`
    create index appointment_registrations_held on appointment_registrations (held_since, id)
      where held_since is not null`.execute(db);

  await sql`
    create table registration_matches (
      registration_id uuid not null,
      position smallint not null,
      rank smallint not null check (rank >= 0),
      matched_registration_id uuid not null,
      matched_position smallint not null,
      code text not null check (code in (${sql.join(CODES.map((code) => sql.lit(code)))})),
      found integer not null check (found > rank),
      primary key (registration_id, position, rank),
      foreign key (registration_id, position) references registration_people (registration_id, position),
      foreign key (matched_registration_id, matched_position)
        references registration_people (registration_id, position)
    )`.execute(db);

  await sql`
    create table registration_claims (
      id uuid primary key,
      registration_id uuid not null references appointment_registrations (id),
      statement text not null,
      made_at timestamptz not null,
      reviewed_at timestamptz
    )`.execute(db);
  await sql`
    create index registration_claims_open on registration_claims (registration_id)
      where reviewed_at is null`.execute(db);

  await storeLegacyMatches(db);
}

interface PersonRow {
  registration_id: string;
  position: number;
  given_name: string;
  family_name: string;
  date_of_birth: string;
}

/** The matches of the registrations held before this migration (few), as the check finds them now. */
async function storeLegacyMatches(db: Kysely<unknown>): Promise<void> {
  const { rows: held } = await sql<PersonRow>`
    select p.registration_id, p.position, p.given_name, p.family_name,
      to_char(p.date_of_birth, 'YYYY-MM-DD') as date_of_birth
    from registration_people p join appointment_registrations r on r.id = p.registration_id
    where r.held_since is not null`.execute(db);
  for (const person of held) {
    const { lookups } = personKeys({
      givenName: person.given_name,
      familyName: person.family_name,
      dateOfBirth: person.date_of_birth,
    });
    const { rows: candidates } = await sql<PersonRow>`
      select registration_id, position, given_name, family_name,
        to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth
      from registration_people
      where registration_id <> ${person.registration_id}
        and (family_block = any(${lookups.family}::text[])
          or given_block = any(${lookups.given}::text[])
          or names_block = any(${lookups.names}::text[]))`.execute(db);
    const ranked = rankMatches(
      {
        givenName: person.given_name,
        familyName: person.family_name,
        dateOfBirth: person.date_of_birth,
      },
      candidates.map((row) => ({
        id: `${row.registration_id}/${row.position}`,
        givenName: row.given_name,
        familyName: row.family_name,
        dateOfBirth: row.date_of_birth,
        row,
      })),
      5,
    );
    for (const [rank, match] of ranked.kept.entries()) {
      await sql`
        insert into registration_matches values (${person.registration_id}, ${person.position},
          ${rank}, ${match.person.row.registration_id}, ${match.person.row.position},
          ${match.code}, ${ranked.found})`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ taken: number }>`
    select count(*)::int as taken from registration_people where identity_taken`.execute(db);
  if ((rows[0]?.taken ?? 0) > 0) {
    throw new Error(
      `${rows[0]?.taken} registered people share an identity key with an earlier registration; the earlier schema keeps that key unique, so this migration cannot be undone until an officer has resolved them.`,
    );
  }
  await sql`drop table registration_claims`.execute(db);
  await sql`drop table registration_matches`.execute(db);
  await sql`drop index appointment_registrations_held`.execute(db);
  await sql`
    alter table appointment_registrations
      drop constraint appointment_registrations_status_check,
      add constraint appointment_registrations_status_check
        check (status in ('active', 'review', 'refused'))`.execute(db);
  await sql`
    update appointment_registrations set status = 'review'
    where held_since is not null and status = 'active'`.execute(db);
  await sql`alter table appointment_registrations drop column held_since`.execute(db);
  await sql`
    create index appointment_registrations_held on appointment_registrations (created_at)
      where status = 'review'`.execute(db);
  await sql`drop index registration_people_identity_key`.execute(db);
  await sql`drop index registration_people_family_block`.execute(db);
  await sql`alter table registration_people drop column identity_taken`.execute(db);
  await sql`create unique index registration_people_identity_key on registration_people (family_block, given_block)`.execute(
    db,
  );
}
