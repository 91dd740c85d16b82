import type { Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import type { NoticeRecipient } from "./pdf.ts";
import { type NoticeLanguage, noticeLanguage } from "./texts/index.ts";

/** Who a case's notices go to: the person, their language, and their own account's e-mail. */
export interface NoticeAddressee {
  recipient: Omit<NoticeRecipient, "address">;
  language: NoticeLanguage;
  /** The e-mail of the person's own account (an applicant's "self" link), if they have one. */
  email: string | null;
}

/**
 * The person's language is the one their own account reads Haven in, else the first of the
 * languages their record names that notices are written in, else English.
 */
export async function noticeAddressee(
  trx: Transaction<Database>,
  personId: string,
): Promise<NoticeAddressee> {
  const person = await trx
    .selectFrom("persons")
    .select([
      "given_name",
      "family_name",
      "native_given_name",
      "native_family_name",
      "a_number",
      "languages",
    ])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  const account = await trx
    .selectFrom("account_persons")
    .innerJoin("accounts", "accounts.id", "account_persons.account_id")
    .select(["accounts.email", "accounts.preferred_language"])
    .where("account_persons.person_id", "=", personId)
    .where("account_persons.relation", "=", "self")
    .where("accounts.role", "=", "applicant")
    .orderBy("account_persons.created_at")
    .executeTakeFirst();
  const native = [person.native_given_name, person.native_family_name].filter(Boolean).join(" ");
  return {
    recipient: {
      name: `${person.given_name} ${person.family_name}`,
      nativeName: native || null,
      aNumber: person.a_number,
    },
    language: noticeLanguage(account?.preferred_language, ...person.languages),
    email: account?.email ?? null,
  };
}
