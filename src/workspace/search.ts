import type { Expression, Kysely, SqlBool } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import { nameKeys, pairKey } from "./nameKeys.ts";
import type { SearchAnswer } from "./schemas.ts";
import { caseLine } from "./worklist.ts";

const A_NUMBER = /^a?[\s-]*(\d{2,3})[\s-]*(\d{3})[\s-]*(\d{3})$/i;
const REFERENCE = /^hvn-\d{4}-\d{6}$/i;

/** What the words typed are: an A-number (8 or 9 digits), a case reference, or a name. */
export function searchTerms(
  q: string,
):
  | { by: "a-number"; aNumber: string }
  | { by: "reference"; reference: string }
  | { by: "name"; keys: string[] } {
  const digits = A_NUMBER.exec(q.trim());
  if (digits) return { by: "a-number", aNumber: digits.slice(1).join("").padStart(9, "0") };
  if (REFERENCE.test(q.trim())) return { by: "reference", reference: q.trim().toUpperCase() };
  return { by: "name", keys: nameKeys(q) };
}

/**
 * Cases found by A-number, reference, or every word of a name in either script (by the words'
 * canonical skeletons: Aleksei, Alexey and Алексей are one word), among the cases the caller
 * may see, by reference.
 */
export async function searchCases(
  db: Kysely<Database>,
  q: string,
  visible: Expression<SqlBool> | null,
  offset: number,
  limit: number,
): Promise<SearchAnswer> {
  const terms = searchTerms(q);
  const columns = [
    "cases.id as case_id",
    "s.reference",
    "s.regions",
    "p.given_name",
    "p.family_name",
    "p.native_given_name",
    "p.native_family_name",
    "p.nationality",
  ] as const;
  if (terms.by === "name") {
    const [first, second, ...rest] = terms.keys;
    if (!first) return { by: "name", cases: [], more: false };
    // The pair of the first two words narrows most; each further word must be a word of the name.
    let query = db
      .selectFrom("case_name_keys as k")
      .innerJoin("cases", "cases.id", "k.case_id")
      .innerJoin("case_summaries as s", "s.case_id", "cases.id")
      .innerJoin("persons as p", "p.id", "cases.person_id")
      .select(columns)
      .where("k.key", "=", second ? pairKey(first, second) : first);
    for (const word of rest) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom("case_name_keys as w")
            .select("w.case_id")
            .where("w.key", "=", word)
            .whereRef("w.reference", "=", "k.reference"),
        ),
      );
    }
    if (visible) query = query.where(visible);
    const rows = await query
      .orderBy("k.reference")
      .limit(limit + 1)
      .offset(offset)
      .execute();
    return { by: "name", cases: rows.slice(0, limit).map(caseLine), more: rows.length > limit };
  }
  let query = db
    .selectFrom("cases")
    .innerJoin("case_summaries as s", "s.case_id", "cases.id")
    .innerJoin("persons as p", "p.id", "cases.person_id")
    .select(columns);
  query =
    terms.by === "a-number"
      ? query.where("p.a_number", "=", terms.aNumber)
      : query.where("cases.reference", "=", terms.reference);
  if (visible) query = query.where(visible);
  const rows = await query.limit(2).execute();
  return { by: terms.by, cases: rows.slice(0, limit).map(caseLine), more: false };
}
