import { type Kysely, sql } from "kysely";

/**
 * Who is detained where (the custody area's read model): one row for each case whose person ICE
 * holds at a facility, kept in the command's transaction and rebuilt from the case log. The
 * locator finds a person's facility by their person row; staff find a facility's detainees.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table detainees (
      case_id uuid primary key references cases (id),
      person_id uuid not null references persons (id),
      facility_id text not null,
      since timestamptz not null
    )`.execute(db);
  await sql`create index detainees_person on detainees (person_id)`.execute(db);
  await sql`create index detainees_facility on detainees (facility_id, since)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table detainees`.execute(db);
}
