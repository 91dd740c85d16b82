/**
 * How registrations use the identity module (../identity): the exact key the database keeps
 * unique, and the block keys (registration_blocks, a b-tree) that find the candidates matchPerson
 * compares with: every pair matchPerson can call a duplicate or send to review shares a block.
 *
 * The unique key is exactly what matchPerson calls a duplicate: the same date of birth, the same
 * family-name skeleton and the same canonical given-name form. So two registrations of one person
 * that arrive at the same instant cannot both commit, whichever process serves them.
 */
import { identityKeys, type PersonRecord } from "../identity/index.ts";

export interface PersonKeys {
  identityKey: string;
  /** Stored with the person: where a later registration looks for it. */
  blocks: string[];
  /** Looked up for a new person: its own blocks, and the date with day and month swapped. */
  lookups: string[];
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
  const blocks = [`df:${dob}|${keys.family}`, `dg:${dob}|${keys.givenForm}`, `dn:${dob}|${names}`];
  const swapped = transposedDate(dob);
  return {
    identityKey: `${dob}|${keys.family}|${keys.givenForm}`,
    blocks,
    // The same family name on the date with day and month swapped (a date entered the other way).
    lookups: swapped ? [...blocks, `df:${swapped}|${keys.family}`] : blocks,
  };
}
