import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { Database } from "../database/schema.ts";
import { type CaseScope, caseScopes, type Role } from "./roles.ts";

/**
 * The relationship rule as SQL: which cases (rows of `cases`) an account sees. `null` means every
 * case. A case outside it is answered exactly as a case that does not exist (404).
 */
export function visibleCases(account: { id: string; role: Role }): Expression<SqlBool> | null {
  const scope: CaseScope = caseScopes[account.role];
  switch (scope) {
    case "all":
      return null;
    case "none":
      return sql<boolean>`false`;
    case "linked-persons":
      return sql<boolean>`cases.person_id in (
        select person_id from account_persons where account_id = ${account.id})`;
    case "referral":
      return sql<boolean>`cases.person_id in (
        select person_id from referrals where screener_account_id = ${account.id})`;
    case "appearance":
      return sql<boolean>`cases.id in (
        select case_id from appearances
        where attorney_account_id = ${account.id}
          and case_id is not null and consented_at is not null and withdrawn_at is null)`;
  }
}

export async function canSeeCase(
  db: Kysely<Database>,
  account: { id: string; role: Role },
  caseId: string,
): Promise<boolean> {
  const condition = visibleCases(account);
  let query = db.selectFrom("cases").select("cases.id").where("cases.id", "=", caseId);
  if (condition) query = query.where(condition);
  return (await query.executeTakeFirst()) !== undefined;
}
