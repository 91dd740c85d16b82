import QRCode from "qrcode";
import { recordAudit } from "../../platform/audit/record.ts";
import {
  secondFactorPerAccount,
  secondFactorPerKnownDevice,
  secondFactorPerSignIn,
} from "../../platform/auth/backoff.ts";
import { rotateSession, type Session, type SessionAccount } from "../../platform/auth/sessions.ts";
import {
  type AttemptBucket,
  releaseAttempts,
  reserveAttempt,
} from "../../platform/auth/throttle.ts";
import {
  checkTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeHash,
} from "../../platform/auth/totp.ts";
import { openTotpSecret, sealTotpSecret } from "../../platform/auth/totpSecrets.ts";
import type { Services } from "../../platform/services.ts";
import { deviceBucketKey, isKnownDevice, rememberDevice } from "./signIn.ts";
import { findAccountById } from "./store.ts";

export type SecondFactorOutcome =
  | {
      kind: "verified";
      rawId: string;
      session: Session;
      recoveryCodes?: string[];
      /** The device cookie to set: sign-in is complete on this browser. */
      device?: string;
    }
  | { kind: "wrong" }
  | { kind: "not-now"; message: string }
  | { kind: "throttled"; retryAfter: number };

/**
 * The second step of a staff sign-in: a TOTP code (or one unused recovery code). The attempt is
 * reserved before the code is checked, per pending sign-in and per account; a device known for
 * the account has its own bucket instead of the account's, so codes tried elsewhere cannot keep
 * its owner out. A success gives its attempt back and starts a new session (privilege change).
 */
export async function verifySecondFactor(
  services: Services,
  account: SessionAccount,
  session: Session,
  code: string,
  device: string | null,
): Promise<SecondFactorOutcome> {
  const { db } = services;
  const row = await findAccountById(db, account.id);
  if (!row?.totp_secret || !row.totp_enrolled_at) {
    return { kind: "not-now", message: "Set up your second factor first." };
  }
  if (session.mfaVerified) return { kind: "not-now", message: "Your second factor is given." };
  const known = device && (await isKnownDevice(db, account.id, device, services.clock()));
  const buckets: AttemptBucket[] = [
    { key: `second-factor-sign-in:${session.idHash}`, limit: secondFactorPerSignIn },
    known && device
      ? {
          key: deviceBucketKey("second-factor-device", account.id, device),
          limit: secondFactorPerKnownDevice,
        }
      : { key: `second-factor-account:${account.id}`, limit: secondFactorPerAccount },
  ];
  const reservation = await reserveAttempt(db, buckets, services.clock());
  if (!reservation.ok) return { kind: "throttled", retryAfter: reservation.retryAfter };
  const now = services.clock();
  const compact = code.replace(/\s/g, "");
  let step: number | null = null;
  let recovery = false;
  if (/^[0-9]{6}$/.test(compact)) {
    const secret = openTotpSecret(services.secrets, account.id, row.totp_secret);
    const checked = await checkTotp(secret, compact, now, row.totp_last_step);
    if (checked.ok) step = checked.step;
  } else {
    const used = await db
      .updateTable("recovery_codes")
      .set({ used_at: now })
      .where("account_id", "=", account.id)
      .where("code_hash", "=", recoveryCodeHash(compact))
      .where("used_at", "is", null)
      .returning("code_hash")
      .executeTakeFirst();
    recovery = used !== undefined;
  }
  if (step === null && !recovery) {
    await recordAudit(db, {
      actor: `account:${account.id}`,
      action: "auth.second-factor.failed",
      subjectType: "account",
      subjectId: account.id,
    });
    return { kind: "wrong" };
  }
  const created = await db.transaction().execute(async (trx) => {
    if (step !== null) {
      // Only a newer step than the last one used: a code is accepted once (RFC 6238, 5.2).
      const claimed = await trx
        .updateTable("accounts")
        .set({ totp_last_step: step })
        .where("id", "=", account.id)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .returning("id")
        .executeTakeFirst();
      if (!claimed) return null;
    }
    const next = await rotateSession(trx, session, account.id, true, now);
    await recordAudit(trx, {
      actor: `account:${account.id}`,
      action: "auth.second-factor",
      subjectType: "account",
      subjectId: account.id,
      details: { method: recovery ? "recovery-code" : "totp" },
    });
    return { ...next, device: await rememberDevice(trx, account.id, device, now) };
  });
  if (!created) return { kind: "wrong" };
  await releaseAttempts(db, reservation.held);
  return { kind: "verified", rawId: created.id, session: created.session, device: created.device };
}

/** Starts TOTP enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startEnrolment(services: Services, account: SessionAccount) {
  const row = await findAccountById(services.db, account.id);
  if (!row || row.totp_enrolled_at) return null;
  const secret = newTotpSecret();
  await services.db
    .updateTable("accounts")
    .set({ totp_pending_secret: sealTotpSecret(services.secrets, account.id, secret) })
    .where("id", "=", account.id)
    .execute();
  const uri = otpauthUri(secret, row.email ?? row.phone ?? "Haven account");
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri: uri, qrSvg };
}

/** Confirms enrolment with a code from the pending secret; gives the recovery codes, once. */
export async function confirmEnrolment(
  services: Services,
  account: SessionAccount,
  session: Session,
  code: string,
): Promise<SecondFactorOutcome> {
  const { db } = services;
  const row = await findAccountById(db, account.id);
  if (!row || row.totp_enrolled_at || !row.totp_pending_secret) {
    return {
      kind: "not-now",
      message: "Start the enrolment first (POST /api/auth/totp/enrolment).",
    };
  }
  const now = services.clock();
  const pending = openTotpSecret(services.secrets, account.id, row.totp_pending_secret);
  const checked = await checkTotp(pending, code.trim(), now, null);
  if (!checked.ok) return { kind: "wrong" };
  const recoveryCodes = newRecoveryCodes();
  const created = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("accounts")
      .set({
        totp_secret: row.totp_pending_secret,
        totp_pending_secret: null,
        totp_enrolled_at: now,
        totp_last_step: checked.step,
      })
      .where("id", "=", account.id)
      .execute();
    await trx.deleteFrom("recovery_codes").where("account_id", "=", account.id).execute();
    await trx
      .insertInto("recovery_codes")
      .values(
        recoveryCodes.map((c) => ({
          account_id: account.id,
          code_hash: recoveryCodeHash(c),
          used_at: null,
        })),
      )
      .execute();
    const next = await rotateSession(trx, session, account.id, true, now);
    await recordAudit(trx, {
      actor: `account:${account.id}`,
      action: "auth.totp.enrolled",
      subjectType: "account",
      subjectId: account.id,
    });
    return next;
  });
  return { kind: "verified", rawId: created.id, session: created.session, recoveryCodes };
}

/**
 * An administrator resets a staff member's second factor (a lost phone): the secret and recovery
 * codes go, every session of the account ends, and the next sign-in enrols again. Audited.
 */
export async function resetSecondFactor(
  services: Services,
  accountId: string,
  actor: string,
): Promise<boolean> {
  return services.db.transaction().execute(async (trx) => {
    const reset = await trx
      .updateTable("accounts")
      .set({
        totp_secret: null,
        totp_pending_secret: null,
        totp_enrolled_at: null,
        totp_last_step: null,
      })
      .where("id", "=", accountId)
      .returning("id")
      .executeTakeFirst();
    if (!reset) return false;
    await trx.deleteFrom("recovery_codes").where("account_id", "=", accountId).execute();
    await trx.deleteFrom("sessions").where("account_id", "=", accountId).execute();
    await recordAudit(trx, {
      actor,
      action: "admin.totp-reset",
      subjectType: "account",
      subjectId: accountId,
    });
    return true;
  });
}
