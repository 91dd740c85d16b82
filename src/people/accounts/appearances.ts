import { sql } from "kysely";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";

/**
 * Representation: an attorney or accredited representative files an appearance (Form G-28 with
 * DHS, EOIR-28 with the court) naming a case by its reference and the person's A-number. The
 * answer is the same whether or not they match a case, so that filing does not reveal that a
 * person applied (8 CFR 208.6). The applicant consents in Haven; only then does the attorney see
 * the case, and only until the appearance is withdrawn by either of them.
 */
export async function fileAppearance(
  services: Services,
  attorney: SessionAccount,
  write: Write,
  input: { caseReference: string; aNumber: string; form: "G-28" | "EOIR-28" },
): Promise<{ id: string }> {
  const { db } = services;
  const reference = input.caseReference.trim().toUpperCase();
  const match = await db
    .selectFrom("cases")
    .innerJoin("persons", "persons.id", "cases.person_id")
    .select("cases.id")
    .where("cases.reference", "=", reference)
    .where("persons.a_number", "=", input.aNumber)
    .executeTakeFirst();
  return inTransaction(services, write, async ({ trx, audit }) => {
    const row = await trx
      .insertInto("appearances")
      .values({
        attorney_account_id: attorney.id,
        case_id: match?.id ?? null,
        case_reference: reference,
        form: input.form,
        filed_at: services.clock(),
        consented_at: null,
        consented_by: null,
        withdrawn_at: null,
        withdrawn_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    audit({
      type: "appearance",
      id: row.id,
      details: { form: input.form, caseId: match?.id ?? null },
    });
    return { ok: true, id: row.id };
  });
}

function appearanceQuery(services: Services) {
  return services.db
    .selectFrom("appearances")
    .innerJoin("accounts", "accounts.id", "appearances.attorney_account_id")
    .select([
      "appearances.id",
      "appearances.form",
      "appearances.case_reference",
      "appearances.case_id",
      "appearances.attorney_account_id",
      "appearances.filed_at",
      "appearances.consented_at",
      "appearances.withdrawn_at",
      "accounts.display_name",
    ]);
}
type AppearanceRow = Awaited<ReturnType<ReturnType<typeof appearanceQuery>["execute"]>>[number];

function view(row: AppearanceRow, forAttorney: boolean) {
  const status = row.withdrawn_at ? "withdrawn" : row.consented_at ? "in-force" : "pending";
  return {
    id: row.id,
    form: row.form,
    caseReference: row.case_reference,
    status: status as "pending" | "in-force" | "withdrawn",
    caseId: forAttorney && status !== "in-force" ? null : row.case_id,
    attorney: { id: row.attorney_account_id, displayName: row.display_name },
    filedAt: row.filed_at.toISOString(),
    consentedAt: row.consented_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  };
}
export type AppearanceView = ReturnType<typeof view>;

/** The condition for appearances an applicant may act on: those on their persons' cases. */
const onApplicantCases = (accountId: string) => sql<boolean>`appearances.case_id in (
  select cases.id from cases join account_persons on account_persons.person_id = cases.person_id
  where account_persons.account_id = ${accountId})`;

/** An attorney's own filings (matched or not), or the appearances on an applicant's cases. */
export async function listAppearances(services: Services, account: SessionAccount) {
  let query = appearanceQuery(services).orderBy("appearances.filed_at", "desc");
  query =
    account.role === "attorney"
      ? query.where("appearances.attorney_account_id", "=", account.id)
      : query.where(onApplicantCases(account.id));
  return (await query.execute()).map((row) => view(row, account.role === "attorney"));
}

export type AppearanceOutcome =
  | { kind: "ok"; appearance: AppearanceView }
  | { kind: "not-found" }
  | { kind: "conflict"; message: string };

/** Finds an appearance the account may act on; anything else is "not found". */
async function findOwn(services: Services, account: SessionAccount, id: string) {
  let query = appearanceQuery(services).where("appearances.id", "=", id);
  query =
    account.role === "attorney"
      ? query.where("appearances.attorney_account_id", "=", account.id)
      : query.where(onApplicantCases(account.id));
  return query.executeTakeFirst();
}

/** The applicant consents: from now the attorney sees and acts on the case. */
export async function consentToAppearance(
  services: Services,
  account: SessionAccount,
  write: Write,
  id: string,
): Promise<AppearanceOutcome> {
  const row = await findOwn(services, account, id);
  if (!row) return { kind: "not-found" };
  if (row.withdrawn_at) return { kind: "conflict", message: "The appearance was withdrawn." };
  if (row.consented_at) return { kind: "conflict", message: "You already consented." };
  const now = await recordChange(services, account, write, row, "consent");
  if (!now) return { kind: "conflict", message: "The appearance changed meanwhile: reload it." };
  return { kind: "ok", appearance: view({ ...row, consented_at: now }, false) };
}

/**
 * Consents to or withdraws an appearance, with its audit entry, in one transaction, and only if
 * nobody withdrew it (or, for consent, consented) since it was read: a concurrent change gets a
 * conflict, never a silent overwrite. Returns the time of the change, or null on a conflict.
 */
async function recordChange(
  services: Services,
  account: SessionAccount,
  write: Write,
  row: AppearanceRow,
  change: "consent" | "withdraw",
): Promise<Date | null> {
  const now = services.clock();
  const done = await inTransaction(services, write, async ({ trx, audit }) => {
    let update = trx
      .updateTable("appearances")
      .set(
        change === "consent"
          ? { consented_at: now, consented_by: account.id }
          : { withdrawn_at: now, withdrawn_by: account.id },
      )
      .where("id", "=", row.id)
      .where("withdrawn_at", "is", null);
    if (change === "consent") update = update.where("consented_at", "is", null);
    const { numUpdatedRows } = await update.executeTakeFirst();
    if (numUpdatedRows === 0n) return { ok: false };
    audit({
      type: "case",
      id: row.case_id,
      details: { appearance: row.id, attorney: row.attorney_account_id },
    });
    return { ok: true };
  });
  return done.ok ? now : null;
}

/** The attorney or the applicant withdraws: the attorney's access ends at once. */
export async function withdrawAppearance(
  services: Services,
  account: SessionAccount,
  write: Write,
  id: string,
): Promise<AppearanceOutcome> {
  const row = await findOwn(services, account, id);
  if (!row) return { kind: "not-found" };
  if (row.withdrawn_at)
    return { kind: "conflict", message: "The appearance is already withdrawn." };
  const now = await recordChange(services, account, write, row, "withdraw");
  if (!now) return { kind: "conflict", message: "The appearance changed meanwhile: reload it." };
  return {
    kind: "ok",
    appearance: view({ ...row, withdrawn_at: now }, account.role === "attorney"),
  };
}
