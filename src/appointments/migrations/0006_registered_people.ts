import { type Kysely, sql } from "kysely";

/**
 * A registered person is one row of registration_people, with the names and details given and
 * their three match blocks as indexed columns; the `persons` row (and the account's link to it)
 * is made at check-in, for the people who come. A registration in a surge so writes about 5 rows
 * where it wrote about 17 (persons, block rows, account links). Registrations made before this
 * migration keep their persons and links; check-in reuses them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registered_people_new (
      registration_id uuid not null,
      position smallint not null,
      person_id uuid not null,
      given_name text not null,
      family_name text not null,
      native_given_name text,
      native_family_name text,
      date_of_birth date not null,
      nationality text not null check (nationality ~ '^[A-Z]{2}$'),
      languages text[] not null,
      family_block text not null,
      given_block text not null,
      names_block text not null
    )`.execute(db);
  await sql`
    insert into registered_people_new
    select rp.registration_id, rp.position, rp.person_id, p.given_name,
      p.family_name, p.native_given_name, p.native_family_name, rp.date_of_birth, p.nationality,
      p.languages,
      (select min(block_key) from registration_blocks b
        where b.person_id = rp.person_id and b.block_key like 'df:%'),
      (select min(block_key) from registration_blocks b
        where b.person_id = rp.person_id and b.block_key like 'dg:%'),
      (select min(block_key) from registration_blocks b
        where b.person_id = rp.person_id and b.block_key like 'dn:%')
    from registration_people rp join persons p on p.id = rp.person_id`.execute(db);
  await sql`drop table registration_blocks`.execute(db);
  await sql`drop table registration_people`.execute(db);
  await sql`alter table registered_people_new rename to registration_people`.execute(db);
  await sql`
    alter table registration_people
      add constraint registration_people_pkey primary key (registration_id, position),
      add constraint registration_people_registration_fkey
        foreign key (registration_id) references appointment_registrations (id)`.execute(db);
  // The identity key (identity.ts) is the family block with the given-name block: unique, so two
  // registrations of one person at the same instant cannot both commit. Its index also finds
  // candidates by family block (the leading column).
  await sql`create unique index registration_people_identity_key on registration_people (family_block, given_block)`.execute(
    db,
  );
  for (const block of ["given_block", "names_block"]) {
    await sql`create index ${sql.id(`registration_people_${block}`)} on registration_people (${sql.id(block)})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into persons (id, given_name, family_name, native_given_name, native_family_name,
      date_of_birth, nationality, languages)
    select person_id, given_name, family_name, native_given_name, native_family_name,
      date_of_birth, nationality, languages
    from registration_people
    on conflict (id) do nothing`.execute(db);
  await sql`
    insert into account_persons (account_id, person_id, relation)
    select r.account_id, rp.person_id, 'family'
    from registration_people rp join appointment_registrations r on r.id = rp.registration_id
    on conflict do nothing`.execute(db);
  await sql`
    create table registration_blocks (
      block_key text not null,
      person_id uuid not null,
      primary key (block_key, person_id)
    )`.execute(db);
  await sql`
    insert into registration_blocks
    select block, person_id from registration_people,
      unnest(array[family_block, given_block, names_block]) as block
    on conflict do nothing`.execute(db);
  await sql`alter table registration_people rename to registered_people_new`.execute(db);
  await sql`alter table registered_people_new drop constraint registration_people_pkey`.execute(db);
  await sql`
    create table registration_people (
      person_id uuid primary key references persons (id),
      registration_id uuid not null references appointment_registrations (id),
      position smallint not null,
      identity_key text not null unique,
      date_of_birth date not null
    )`.execute(db);
  await sql`
    insert into registration_people
    select person_id, registration_id, position,
      -- "df:DOB|FAMILY" and "dg:DOB|GIVEN" make "DOB|FAMILY|GIVEN"
      substr(family_block, 4) || '|' || substr(given_block, 15), date_of_birth
    from registered_people_new`.execute(db);
  await sql`drop table registered_people_new`.execute(db);
  await sql`create index registration_people_registration on registration_people (registration_id, position)`.execute(
    db,
  );
}
