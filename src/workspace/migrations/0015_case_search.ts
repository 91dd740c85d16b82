import { type Kysely, sql } from "kysely";

/**
 * Case search by name: rows for each word of a person's names (Latin and native) as the word's
 * canonical skeleton (appointments/identity), so that Aleksei, Alexey and Алексей find the same
 * case, and for each pair of those words, so that a search for a given and a family name reads
 * one short range of the index. The case's reference is in the key, so a page of results in
 * reference order is read straight from the index. A-numbers and case references are found by
 * their own unique indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_name_keys (
      key text not null,
      reference text not null,
      case_id uuid not null references cases (id),
      primary key (key, reference)
    )`.execute(db);
  await sql`create index case_name_keys_case on case_name_keys (case_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table case_name_keys`.execute(db);
}
