import { canonicalForm, nameSkeletons } from "../appointments/identity/index.ts";
import type { CaseProjection } from "../platform/caseLog/projection.ts";

/** The search keys of names: each word's skeleton, with a known other form of it mapped to one. */
export function nameKeys(...names: (string | null)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const skeleton of nameSkeletons(name)) keys.add(canonicalForm(skeleton));
  }
  return [...keys];
}

/** The name keys of each case's person, written with the case's first event (or a rebuild). */
export const caseNameKeys: CaseProjection = {
  name: "case-name-keys",
  version: 1,
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
    const keys = nameKeys(
      person.given_name,
      person.family_name,
      person.native_given_name,
      person.native_family_name,
    );
    if (keys.length === 0) return;
    await trx
      .insertInto("case_name_keys")
      .values(keys.map((key) => ({ key, case_id: stored.id })))
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("case_name_keys").execute();
  },
};
