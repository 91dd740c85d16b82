import { canonicalForm, nameSkeletons } from "../appointments/identity/index.ts";
import type { CaseProjection } from "../platform/caseLog/projection.ts";

/**
 * The words of names as search keys: each word's skeleton, a known other form of it mapped to
 * one (Alexei, Oleksii), once each, sorted.
 */
export function nameKeys(...names: (string | null)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const skeleton of nameSkeletons(name)) keys.add(canonicalForm(skeleton));
  }
  return [...keys].sort();
}

/** The key of two words found together. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** Every key a person's names are found by: each word, and each pair of words. */
export function storedKeys(words: readonly string[]): string[] {
  const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => pairKey(a, b)));
  return [...words, ...pairs];
}

/** The name keys of each case's person, written with the case's first event (or a rebuild). */
export const caseNameKeys: CaseProjection = {
  name: "case-name-keys",
  version: 2,
  async update(trx, { case: stored, events }) {
    if (!events.some((event) => event.seq === 1)) return;
    const person = await trx
      .selectFrom("cases")
      .innerJoin("persons", "persons.id", "cases.person_id")
      .select([
        "persons.given_name",
        "persons.family_name",
        "persons.native_given_name",
        "persons.native_family_name",
      ])
      .where("cases.id", "=", stored.id)
      .executeTakeFirstOrThrow();
    const keys = storedKeys(
      nameKeys(
        person.given_name,
        person.family_name,
        person.native_given_name,
        person.native_family_name,
      ),
    );
    if (keys.length === 0) return;
    await trx
      .insertInto("case_name_keys")
      .values(keys.map((key) => ({ key, reference: stored.reference, case_id: stored.id })))
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("case_name_keys").execute();
  },
};
