/** The people cases are about: their record, and how a case shows them (names in both scripts). */
import type { Kysely, Transaction } from "kysely";
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

/** The names as written in the person's own script (those given), or null when none were. */
export function nativeName(person: {
  native_given_name: string | null;
  native_family_name: string | null;
}): string | null {
  const native = [person.native_given_name, person.native_family_name].filter(Boolean).join(" ");
  return native === "" ? null : native;
}
