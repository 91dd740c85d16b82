import type { Transaction } from "kysely";
import { recordAudit } from "../../platform/audit/record.ts";
import { openedCaseLinks } from "../../platform/auth/roles.ts";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Database } from "../../platform/database/schema.ts";

/**
 * When a case is opened through the API, ties its person to the account that opened it, as the
 * account's role says, in the same transaction: an applicant's first person is themselves, later
 * ones family members they registered; a screener's are the people they referred. Other roles
 * link nothing.
 */
export async function linkOpenedCase(
  trx: Transaction<Database>,
  account: SessionAccount | null,
  opened: { caseId: string; personId: string },
): Promise<void> {
  const link = account ? openedCaseLinks[account.role] : null;
  if (!account || !link) return;
  const { caseId } = opened;
  if (link === "person") {
    const self = await trx
      .selectFrom("account_persons")
      .select("person_id")
      .where("account_id", "=", account.id)
      .where("relation", "=", "self")
      .executeTakeFirst();
    await trx
      .insertInto("account_persons")
      .values({
        account_id: account.id,
        person_id: opened.personId,
        relation: self ? "family" : "self",
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await trx
      .insertInto("referrals")
      .values({ screener_account_id: account.id, person_id: opened.personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await recordAudit(trx, {
    actor: `account:${account.id}`,
    action: link === "person" ? "account.person.link" : "referral.create",
    subjectType: "case",
    subjectId: caseId,
  });
}
