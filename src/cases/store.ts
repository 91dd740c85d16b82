import type { Expression, Kysely, SqlBool, Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import { nativeName, type PersonView } from "./persons.ts";

type Db = Kysely<Database> | Transaction<Database>;

function baseCaseQuery(db: Db) {
  return db
    .selectFrom("cases")
    .innerJoin("persons", "persons.id", "cases.person_id")
    .innerJoin("case_summaries", "case_summaries.case_id", "cases.id")
    .select([
      "cases.id",
      "cases.reference",
      "cases.version",
      "cases.state",
      "cases.updated_at",
      "case_summaries.regions",
      "case_summaries.last_event_at",
      "persons.given_name",
      "persons.family_name",
      "persons.native_given_name",
      "persons.native_family_name",
      "persons.nationality",
      "persons.languages",
    ]);
}

export type CaseRow = Awaited<
  ReturnType<ReturnType<typeof baseCaseQuery>["executeTakeFirstOrThrow"]>
>;

export function toPersonView(row: CaseRow): PersonView {
  return {
    displayName: `${row.given_name} ${row.family_name}`,
    nativeName: nativeName(row),
    nationality: row.nationality,
    languages: row.languages,
  };
}

export async function listCaseRows(
  db: Db,
  limit: number,
  offset: number,
  /** Only the cases the caller may see (auth/caseAccess.ts); every case when null. */
  visible: Expression<SqlBool> | null = null,
): Promise<CaseRow[]> {
  const query = baseCaseQuery(db);
  return (visible ? query.where(visible) : query)
    .orderBy("cases.reference")
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function findCaseRow(db: Db, id: string): Promise<CaseRow | undefined> {
  return baseCaseQuery(db).where("cases.id", "=", id).executeTakeFirst();
}

/** The deadline rows of a case (the case-deadlines read model), in the order they started. */
export async function caseDeadlineRows(db: Db, caseId: string) {
  return db
    .selectFrom("case_deadlines")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("started_seq")
    .orderBy("rule_id")
    .execute();
}
