import { recordAudit } from "../../platform/audit/record.ts";
import { resetPerAddress, resetPerIdentifier } from "../../platform/auth/backoff.ts";
import { hashPassword } from "../../platform/auth/password.ts";
import { passwordProblem } from "../../platform/auth/passwordPolicy.ts";
import { bucketKey, reserveAttempt } from "../../platform/auth/throttle.ts";
import { randomToken, sha256 } from "../../platform/auth/tokens.ts";
import { passwordResetMail } from "../../platform/mail/messages.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { identifierText, normalizeIdentifier } from "./identifiers.ts";
import { findAccountByIdentifier } from "./store.ts";

export const RESET_HOURS = 1;

/**
 * Asks for a password reset. The caller always hears the same (202); when the identifier is an
 * e-mail address with an account, a single-use link valid for one hour goes into the outbox with
 * the reset's record. Requests are throttled per identifier and address so that nobody floods a
 * mailbox.
 */
export async function requestPasswordReset(
  services: Services,
  typed: string,
  address: string,
  write: Write,
): Promise<void> {
  const { db } = services;
  const identifier = normalizeIdentifier(typed);
  const now = services.clock();
  // Counted before the lookup, in the statement that checks the limit (docs/api-auth.md).
  const reserved = await reserveAttempt(
    db,
    [
      { key: bucketKey("reset-address", address), limit: resetPerAddress },
      { key: bucketKey("reset-identifier", identifierText(identifier)), limit: resetPerIdentifier },
    ],
    now,
  );
  if (!reserved.ok) return;
  const row = await findAccountByIdentifier(db, identifier);
  if (!row?.email) return;
  const email = row.email;
  const token = randomToken();
  const link = `${services.publicUrl}/password-reset/${token}`;
  await inTransaction(services, write, async ({ trx, audit, send }) => {
    await trx
      .insertInto("password_resets")
      .values({
        token_hash: sha256(token),
        account_id: row.id,
        created_at: now,
        expires_at: new Date(now.getTime() + RESET_HOURS * 3_600_000),
        used_at: null,
      })
      .execute();
    audit({ type: "account", id: row.id });
    await send({
      ...passwordResetMail(email, row.preferred_language, link, RESET_HOURS),
      purpose: "password-reset",
    });
    return { ok: true };
  });
}

export type ResetOutcome =
  | { kind: "done" }
  | { kind: "bad-token" }
  | { kind: "weak-password"; message: string };

/** Sets the new password with a valid, unused, unexpired token; ends every session. */
export async function completePasswordReset(
  services: Services,
  input: { token: string; password: string },
): Promise<ResetOutcome> {
  const { db } = services;
  const now = services.clock();
  const tokenHash = sha256(input.token);
  const pending = await db
    .selectFrom("password_resets")
    .innerJoin("accounts", "accounts.id", "password_resets.account_id")
    .select(["password_resets.account_id", "accounts.email", "accounts.phone"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!pending) return { kind: "bad-token" };
  const problem = passwordProblem(input.password, [pending.email ?? pending.phone ?? ""]);
  if (problem) return { kind: "weak-password", message: problem };
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable("password_resets")
      .set({ used_at: now })
      .where("token_hash", "=", tokenHash)
      .where("used_at", "is", null)
      .returning("account_id")
      .executeTakeFirst();
    if (!used) return { kind: "bad-token" as const };
    await trx
      .updateTable("accounts")
      .set({ password_hash: passwordHash })
      .where("id", "=", used.account_id)
      .execute();
    await trx.deleteFrom("sessions").where("account_id", "=", used.account_id).execute();
    await recordAudit(trx, {
      actor: `account:${used.account_id}`,
      action: "auth.password-reset.completed",
      subjectType: "account",
      subjectId: used.account_id,
    });
    return { kind: "done" as const };
  });
}
