import { type Kysely, sql } from "kysely";

/**
 * Fewer index entries per registration in a surge: most persons have no A-number yet (one is
 * given at an encounter), so the A-number's uniqueness is kept by a partial index that holds
 * only the numbers given, not one NULL entry per registered person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table persons drop constraint persons_a_number_key`.execute(db);
  await sql`create unique index persons_a_number on persons (a_number) where a_number is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index persons_a_number`.execute(db);
  await sql`alter table persons add constraint persons_a_number_key unique (a_number)`.execute(db);
}
