/** What differs between a held registration's person and a possible match, field by field. */

/** The fields an officer compares, in the order shown. */
export const COMPARED_FIELDS = [
  "givenName",
  "familyName",
  "nativeName",
  "dateOfBirth",
  "nationality",
] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type Comparable = Record<ComparedField, string | null>;

/** Case, accents' encoding and runs of spaces aside: "olga  smirnova" is "Olga Smirnova". */
function normalized(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/**
 * Whether the match's value of `field` differs from the person's. A value missing on either side
 * (no name in the person's own alphabet) is not a difference: there is nothing to compare.
 */
export function differs(field: ComparedField, person: Comparable, match: Comparable): boolean {
  const mine = person[field];
  const theirs = match[field];
  if (!mine || !theirs) return false;
  return normalized(mine) !== normalized(theirs);
}

/** The fields of the match that differ from the person's. */
export function differences(person: Comparable, match: Comparable): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => differs(field, person, match));
}
