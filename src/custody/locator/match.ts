/**
 * Whom the locator may name (pure): a detained person whose names match the ones asked for, as a
 * registration matches one already registered (the same skeletons, allowing for transliteration
 * and the Russian and Ukrainian forms of a name: appointments/identity), and who is an adult.
 */
import { matchPerson } from "../../appointments/identity/index.ts";

/** The age from which the locator names a person (ICE's detainee locator does not show minors). */
export const LOCATOR_MINIMUM_AGE = 18;

export interface Names {
  familyName: string;
  givenName: string;
}

export interface DetainedPerson {
  latin: Names;
  /** Their names in their own script, when recorded. */
  native: Names | null;
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

/** The same person, by names and date of birth: in Latin letters or their own script. */
export function sameNames(asked: Names, dateOfBirth: string, person: DetainedPerson): boolean {
  if (dateOfBirth !== person.dateOfBirth) return false;
  const candidate = { ...asked, dateOfBirth };
  return [person.latin, person.native].some(
    (names) =>
      names !== null &&
      matchPerson(candidate, [{ id: "", ...names, dateOfBirth }]).verdict === "duplicate",
  );
}

/**
 * 18 or older on `today` (YYYY-MM-DD). A birthday on 29 February falls on 1 March in other
 * years: days compare as text, and "02-29" sorts after "02-28".
 */
export function isAdultOn(dateOfBirth: string, today: string): boolean {
  const year = Number(dateOfBirth.slice(0, 4));
  const coming = `${String(year + LOCATOR_MINIMUM_AGE).padStart(4, "0")}${dateOfBirth.slice(4)}`;
  return coming <= today;
}
