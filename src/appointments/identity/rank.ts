/**
 * Every registered person a new one may be, strongest first, for the officer's review: the
 * registration is kept whatever the check finds (8 CFR 208.6: the answer never tells an applicant
 * that someone else is registered), so what the check finds is stored for the officer instead.
 */
import { type MatchCode, matchPerson, type PersonRecord, type RegisteredPerson } from "./match.ts";

export type FoundCode = Exclude<MatchCode, "identity.distinct">;

export interface FoundMatch<P extends RegisteredPerson> {
  person: P;
  code: FoundCode;
}

export interface RankedMatches<P extends RegisteredPerson> {
  /** The strongest `keep`, duplicates before probable matches, then by id (a stable order). */
  kept: FoundMatch<P>[];
  /** How many were found in all (kept or not). */
  found: number;
  /** Whether one of them is the same person by the exact identity key (a "duplicate" verdict). */
  sameIdentity: boolean;
}

const strength = (code: FoundCode) => (code.startsWith("identity.duplicate") ? 2 : 1);

export function rankMatches<P extends RegisteredPerson>(
  candidate: PersonRecord,
  existing: readonly P[],
  keep: number,
): RankedMatches<P> {
  const found: FoundMatch<P>[] = [];
  for (const person of existing) {
    const { code } = matchPerson(candidate, [person]);
    if (code !== "identity.distinct") found.push({ person, code });
  }
  found.sort(
    (a, b) =>
      strength(b.code) - strength(a.code) ||
      (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
  );
  return {
    kept: found.slice(0, keep),
    found: found.length,
    sameIdentity: found.some((match) => strength(match.code) === 2),
  };
}
