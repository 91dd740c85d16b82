/**
 * The detainee locator's search: the facility where ICE holds an adult, found by A-number or by
 * names and date of birth, with the country. It answers with the facility alone, and gives one and
 * the same answer for a person it does not know, one who is not detained and one who is a minor:
 * nothing tells whether someone applied, registered or has a case (8 CFR 208.6).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { facilityOf } from "../facilities.ts";
import { type DetainedPerson, isAdultOn, sameNames } from "./match.ts";

export type LocatorQuery =
  | { by: "aNumber"; aNumber: string; countryOfBirth: string }
  | {
      by: "name";
      familyName: string;
      givenName: string;
      countryOfBirth: string;
      dateOfBirth: string;
    };

export interface FacilityAnswer {
  name: string;
  address: { street: string; city: string; state: string; postalCode: string };
  phone: string;
  visiting: string;
  timeZone: string;
}

export type LocatorAnswer = { found: true; facility: FacilityAnswer } | { found: false };

const NOT_FOUND: LocatorAnswer = { found: false };

interface Row {
  facility_id: string;
  date_of_birth: string | null;
  given_name: string;
  family_name: string;
  native_given_name: string | null;
  native_family_name: string | null;
}

function detained(db: Kysely<Database>) {
  return db
    .selectFrom("detainees")
    .innerJoin("persons", "persons.id", "detainees.person_id")
    .select([
      "detainees.facility_id",
      "persons.date_of_birth",
      "persons.given_name",
      "persons.family_name",
      "persons.native_given_name",
      "persons.native_family_name",
    ])
    .orderBy("detainees.since", "desc");
}

function person(row: Row, dateOfBirth: string): DetainedPerson {
  const native =
    row.native_family_name && row.native_given_name
      ? { familyName: row.native_family_name, givenName: row.native_given_name }
      : null;
  return { latin: { familyName: row.family_name, givenName: row.given_name }, native, dateOfBirth };
}

/**
 * Haven keeps a person's nationality, not their country of birth: the country asked for is
 * compared with it. A person whose date of birth is not recorded is never named (their age
 * cannot be known), nor is one held at a facility Haven does not list.
 */
export async function locateDetainee(
  db: Kysely<Database>,
  query: LocatorQuery,
  today: string,
): Promise<LocatorAnswer> {
  const base = detained(db).where("persons.nationality", "=", query.countryOfBirth);
  const rows: Row[] =
    query.by === "aNumber"
      ? await base.where("persons.a_number", "=", query.aNumber).execute()
      : await base.where("persons.date_of_birth", "=", query.dateOfBirth).execute();
  const named = (row: Row): boolean => {
    const born = row.date_of_birth;
    if (born === null || !isAdultOn(born, today)) return false;
    return query.by === "aNumber" || sameNames(query, query.dateOfBirth, person(row, born));
  };
  const match = rows.find(named);
  const facility = match ? facilityOf(match.facility_id) : undefined;
  if (!facility) return NOT_FOUND;
  return {
    found: true,
    facility: {
      name: facility.name,
      address: { ...facility.address },
      phone: facility.phone,
      visiting: facility.visiting,
      timeZone: facility.timeZone,
    },
  };
}
