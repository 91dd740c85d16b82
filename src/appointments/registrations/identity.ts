/**
 * How registrations use the identity module (../identity): the exact key the database keeps
 * unique, and the three block keys (indexed columns of registration_people) that find the
 * candidates matchPerson compares with: every pair matchPerson can call a duplicate or send to
 * review shares a block.
 *
 * The unique key is exactly what matchPerson calls a duplicate: the same date of birth, the same
 * family-name skeleton and the same canonical given-name form, which is the family block and the
 * given-name block together (the database's unique index is on that pair). So two registrations
 * of one person that arrive at the same instant cannot both commit, whichever process serves them.
 */
import { identityKeys, type PersonRecord } from "../identity/index.ts";

/** One value per block kind; the prefixes keep the three kinds apart in one in-memory index. */
export interface Blocks<T> {
  /** Date of birth + family-name skeleton ("df:"). */
  family: T;
  /** Date of birth + canonical given-name form ("dg:"). */
  given: T;
  /** Date of birth + both skeletons in either order ("dn:"). */
  names: T;
}

export interface PersonKeys {
  /** The family block with the given-name block: the pair the database keeps unique. */
  identityKey: string;
  /** Stored with the person: where a later registration looks for it. */
  blocks: Blocks<string>;
  /** Looked up for a new person: its own blocks, and the date with day and month swapped. */
  lookups: Blocks<string[]>;
}

/** YYYY-DD-MM when the day could be a month (and differs from it), else null. */
function transposedDate(date: string): string | null {
  const day = Number(date.slice(8, 10));
  const month = date.slice(5, 7);
  if (day < 1 || day > 12 || date.slice(8, 10) === month) return null;
  return `${date.slice(0, 4)}-${date.slice(8, 10)}-${month}`;
}

export function personKeys(person: PersonRecord): PersonKeys {
  const keys = identityKeys(person);
  const dob = keys.dateOfBirth;
  const names = [keys.family, keys.given].sort().join("/");
  const blocks = {
    family: `df:${dob}|${keys.family}`,
    given: `dg:${dob}|${keys.givenForm}`,
    names: `dn:${dob}|${names}`,
  };
  const swapped = transposedDate(dob);
  return {
    identityKey: identityKey(blocks.family, blocks.given),
    blocks,
    lookups: {
      // The same family name on the date with day and month swapped (a date entered the other way).
      family: swapped ? [blocks.family, `df:${swapped}|${keys.family}`] : [blocks.family],
      given: [blocks.given],
      names: [blocks.names],
    },
  };
}

/** The identity key of a registered person, from the two blocks stored with them. */
export function identityKey(familyBlock: string, givenBlock: string): string {
  return `${familyBlock} ${givenBlock}`;
}

/** Every key of a block set, for an in-memory index. */
export function allBlocks<T extends string | string[]>(blocks: Blocks<T>): string[] {
  return [blocks.family, blocks.given, blocks.names].flat();
}
