import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";

export interface NewPerson {
  givenName: string;
  familyName: string;
  nativeGivenName?: string | null;
  nativeFamilyName?: string | null;
  dateOfBirth?: string | null;
  nationality: string;
  languages: string[];
  aNumber?: string | null;
}

export interface PersonView {
  displayName: string;
  nativeName: string | null;
  nationality: string;
  languages: string[];
}

type Db = Kysely<Database> | Transaction<Database>;

export async function insertPerson(trx: Db, person: NewPerson): Promise<string> {
  const row = await trx
    .insertInto("persons")
    .values({
      given_name: person.givenName,
      family_name: person.familyName,
      native_given_name: person.nativeGivenName ?? null,
      native_family_name: person.nativeFamilyName ?? null,
      date_of_birth: person.dateOfBirth ?? null,
      nationality: person.nationality,
      languages: person.languages,
      a_number: person.aNumber ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Opens an empty case (version 0) for a person; its first event is appended by the caller. */
export async function insertCase(
  trx: Db,
  personId: string,
  openedAt: Date,
  initialState: unknown,
): Promise<{ id: string; reference: string }> {
  const year = openedAt.getUTCFullYear();
  return trx
    .insertInto("cases")
    .values({
      person_id: personId,
      reference: sql<string>`'HVN-' || ${String(year)} || '-' || lpad(nextval('case_reference_seq')::text, 6, '0')`,
      version: 0,
      state: JSON.stringify(initialState),
      opened_at: openedAt,
    })
    .returning(["id", "reference"])
    .executeTakeFirstOrThrow();
}

function baseCaseQuery(db: Db) {
  return db
    .selectFrom("cases")
    .innerJoin("persons", "persons.id", "cases.person_id")
    .select([
      "cases.id",
      "cases.reference",
      "cases.version",
      "cases.state",
      "cases.updated_at",
      "persons.given_name",
      "persons.family_name",
      "persons.native_given_name",
      "persons.native_family_name",
      "persons.nationality",
      "persons.languages",
    ]);
}

export type CaseRow = Awaited<
  ReturnType<ReturnType<typeof baseCaseQuery>["executeTakeFirstOrThrow"]>
>;

/** The names as written in the person's own script (those given), or null when none were. */
export function nativeName(person: {
  native_given_name: string | null;
  native_family_name: string | null;
}): string | null {
  const native = [person.native_given_name, person.native_family_name].filter(Boolean).join(" ");
  return native === "" ? null : native;
}

export function toPersonView(row: CaseRow): PersonView {
  return {
    displayName: `${row.given_name} ${row.family_name}`,
    nativeName: nativeName(row),
    nationality: row.nationality,
    languages: row.languages,
  };
}

export async function listCaseRows(
  db: Db,
  limit: number,
  offset: number,
  /** Only the cases the caller may see (auth/caseAccess.ts); every case when null. */
  visible: Expression<SqlBool> | null = null,
): Promise<CaseRow[]> {
  const query = baseCaseQuery(db);
  return (visible ? query.where(visible) : query)
    .orderBy("cases.reference")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function findCaseRow(db: Db, id: string): Promise<CaseRow | undefined> {
  return baseCaseQuery(db).where("cases.id", "=", id).executeTakeFirst();
}
