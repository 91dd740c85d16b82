/**
 * One registration per person: a new registration is compared with the people already registered
 * (by any account) by family name, given name and date of birth, allowing for the many Latin
 * spellings of a Cyrillic name. The rules are in this folder's README.
 */
import { canonicalForm } from "./cognates.ts";
import { nameSkeleton } from "./skeleton.ts";

export interface PersonRecord {
  familyName: string;
  givenName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

export interface RegisteredPerson extends PersonRecord {
  id: string;
}

export type MatchVerdict = "duplicate" | "review" | "distinct";

export type MatchCode =
  | "identity.duplicate.same-name"
  | "identity.duplicate.name-form"
  | "identity.review.name-close"
  | "identity.review.names-swapped"
  | "identity.review.date-transposed"
  | "identity.distinct";

export interface MatchResult {
  verdict: MatchVerdict;
  /** A stable code the web translates. */
  code: MatchCode;
  /** In English, about the candidate only: it never shows the other registration's data. */
  reason: string;
  /** The registration matched, for staff; not to be shown to the applicant. */
  matchedId?: string;
}

export const matchReasons: Readonly<Record<MatchCode, string>> = {
  "identity.duplicate.same-name":
    "This person is already registered: the same family name, given name and date of birth, allowing for different spellings of the same name.",
  "identity.duplicate.name-form":
    "This person is already registered: the same family name and date of birth, and a given name that is another form of the same name (for example Dmytro and Dmitrii).",
  "identity.review.name-close":
    "A registration with the same date of birth and a very similar name exists; an officer will check whether it is the same person.",
  "identity.review.names-swapped":
    "A registration with the same date of birth and the family and given names the other way round exists; an officer will check whether it is the same person.",
  "identity.review.date-transposed":
    "A registration with the same names and a date of birth with day and month swapped exists; an officer will check whether it is the same person.",
  "identity.distinct": "No registration for this person was found.",
};

/** The keys a store can index to find candidates quickly (by date of birth, then names). */
export interface IdentityKeys {
  family: string;
  given: string;
  /** The given name with each word in its canonical form (cognates.ts). */
  givenForm: string;
  dateOfBirth: string;
}

export function identityKeys(person: PersonRecord): IdentityKeys {
  const given = nameSkeleton(person.givenName);
  return {
    family: nameSkeleton(person.familyName),
    given,
    givenForm: given.split(" ").map(canonicalForm).sort().join(" "),
    dateOfBirth: person.dateOfBirth,
  };
}

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Close: at most 1 edit for keys of up to 5 letters, 2 for longer; or one's words within the other's. */
export function namesClose(a: string, b: string): boolean {
  if (a === b || a === "" || b === "") return false;
  const limit = Math.max(a.length, b.length) <= 5 ? 1 : 2;
  if (editDistance(a, b) <= limit) return true;
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  const [fewer, more] = wordsA.length < wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return fewer.length < more.length && fewer.every((word) => more.includes(word));
}

/** YYYY-DD-MM for a valid YYYY-MM-DD whose day could be a month, else undefined. */
function transposed(date: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return undefined;
  const [, year, month, day] = parts;
  if (Number(day) < 1 || Number(day) > 12 || day === month) return undefined;
  return `${year}-${day}-${month}`;
}

function compare(c: IdentityKeys, e: IdentityKeys): MatchCode {
  const sameDate = c.dateOfBirth === e.dateOfBirth;
  const family = c.family === e.family;
  const given = c.given === e.given;
  const givenForm = c.givenForm === e.givenForm;
  if (sameDate && family && given) return "identity.duplicate.same-name";
  if (sameDate && family && givenForm) return "identity.duplicate.name-form";
  if (sameDate && family && namesClose(c.givenForm, e.givenForm)) {
    return "identity.review.name-close";
  }
  if (sameDate && givenForm && namesClose(c.family, e.family)) return "identity.review.name-close";
  if (sameDate && c.family === e.given && c.given === e.family) {
    return "identity.review.names-swapped";
  }
  if (family && givenForm && transposed(c.dateOfBirth) === e.dateOfBirth) {
    return "identity.review.date-transposed";
  }
  return "identity.distinct";
}

const strength = (code: MatchCode) =>
  code.startsWith("identity.duplicate") ? 2 : code.startsWith("identity.review") ? 1 : 0;

/**
 * The verdict on a new registration: "duplicate" (refuse, with the reason) when someone already
 * registered has the same date of birth and the same names (up to spelling and name form);
 * "review" when it is probably the same person; otherwise "distinct".
 */
export function matchPerson(
  candidate: PersonRecord,
  existing: readonly RegisteredPerson[],
): MatchResult {
  const keys = identityKeys(candidate);
  let best: { code: MatchCode; id?: string } = { code: "identity.distinct" };
  for (const person of existing) {
    const code = compare(keys, identityKeys(person));
    if (strength(code) > strength(best.code)) best = { code, id: person.id };
    if (strength(code) === 2) break;
  }
  const verdict: MatchVerdict =
    strength(best.code) === 2 ? "duplicate" : strength(best.code) === 1 ? "review" : "distinct";
  return {
    verdict,
    code: best.code,
    reason: matchReasons[best.code],
    ...(best.id === undefined ? {} : { matchedId: best.id }),
  };
}
