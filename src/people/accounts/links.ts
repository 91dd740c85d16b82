import type { Transaction } from "kysely";
import { openedCaseLinks } from "../../platform/auth/roles.ts";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { UnitOfWork } from "../../platform/work.ts";

/**
 * Ties persons to an applicant's account, in order: the first is the account holder ("self")
 * unless the account has one already, the others family members. A link that exists is kept.
 */
export async function linkPersons(
  trx: Transaction<Database>,
  accountId: string,
  personIds: readonly string[],
): Promise<void> {
  if (personIds.length === 0) return;
  const self = await trx
    .selectFrom("account_persons")
    .select("person_id")
    .where("account_id", "=", accountId)
    .where("relation", "=", "self")
    .executeTakeFirst();
  await trx
    .insertInto("account_persons")
    .values(
      personIds.map((personId, at) => ({
        account_id: accountId,
        person_id: personId,
        relation: !self && at === 0 ? ("self" as const) : ("family" as const),
      })),
    )
    .onConflict((oc) => oc.columns(["account_id", "person_id"]).doNothing())
    .execute();
}

/**
 * When a case is opened through the API, ties its person to the account that opened it, as the
 * account's role says, in the same transaction: an applicant's first person is themselves, later
 * ones family members they registered; a screener's are the people they referred. Other roles
 * link nothing.
 */
export async function linkOpenedCase(
  unit: UnitOfWork,
  account: SessionAccount | null,
  opened: { caseId: string; personId: string },
): Promise<void> {
  const { trx } = unit;
  const link = account ? openedCaseLinks[account.role] : null;
  if (!account || !link) return;
  const { caseId } = opened;
  if (link === "person") {
    await linkPersons(trx, account.id, [opened.personId]);
  } else {
    await trx
      .insertInto("referrals")
      .values({ screener_account_id: account.id, person_id: opened.personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  unit.audit({
    type: "case",
    id: caseId,
    action: link === "person" ? "account.person.link" : "referral.create",
  });
}
