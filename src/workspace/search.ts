import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import { nameKeys } from "./nameKeys.ts";
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
  let query = db
    .selectFrom("cases")
    .innerJoin("case_summaries as s", "s.case_id", "cases.id")
    .innerJoin("persons as p", "p.id", "cases.person_id")
    .select([
      "cases.id as case_id",
      "s.reference",
      "s.regions",
      "p.given_name",
      "p.family_name",
      "p.native_given_name",
      "p.native_family_name",
      "p.nationality",
    ]);
  if (terms.by === "a-number") query = query.where("p.a_number", "=", terms.aNumber);
  else if (terms.by === "reference") query = query.where("cases.reference", "=", terms.reference);
  else {
    if (terms.keys.length === 0) return { by: "name", cases: [], more: false };
    query = query.where(
      "cases.id",
      "in",
      db
        .selectFrom("case_name_keys")
        .select("case_id")
        .where("key", "in", terms.keys)
        .groupBy("case_id")
        .having(sql`count(*)`, "=", terms.keys.length),
    );
  }
  if (visible) query = query.where(visible);
  const rows = await query
    .orderBy("cases.reference")
    .limit(limit + 1)
    .offset(offset)
    .execute();
  return { by: terms.by, cases: rows.slice(0, limit).map(caseLine), more: rows.length > limit };
}
