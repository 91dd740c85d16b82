import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../../platform/audit/record.ts";
import {
  signInPerAddress,
  signInPerIdentifier,
  signInPerKnownDevice,
} from "../../platform/auth/backoff.ts";
import { verifyAgainstNothing, verifyPassword } from "../../platform/auth/password.ts";
import { isStaff } from "../../platform/auth/roles.ts";
import {
  purgeExpiredSessions,
  rotateSession,
  type Session,
  type SessionAccount,
} from "../../platform/auth/sessions.ts";
import {
  type AttemptBucket,
  bucketKey,
  purgeSpentAttempts,
  releaseAttempts,
  reserveAttempt,
} from "../../platform/auth/throttle.ts";
import { randomToken, sha256 } from "../../platform/auth/tokens.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Services } from "../../platform/services.ts";
import { type Identifier, identifierText, normalizeIdentifier } from "./identifiers.ts";
import { findAccountByIdentifier, toSessionAccount } from "./store.ts";

type Db = Kysely<Database> | Transaction<Database>;

export type SignInOutcome =
  | {
      kind: "signed-in";
      rawId: string;
      session: Session;
      account: SessionAccount;
      /** The device cookie to set, once sign-in is complete (no second factor to give). */
      device: string | null;
    }
  | { kind: "failed" }
  | { kind: "throttled"; retryAfter: number };

/** The long-lived cookie that makes a browser a known device of the accounts signed in on it. */
export const DEVICE_COOKIE = "haven_device";
export const DEVICE_MEMORY_DAYS = 180;

const deviceHash = (raw: string) => sha256(`device:${raw}`);
const rememberedSince = (now: Date) => new Date(now.getTime() - DEVICE_MEMORY_DAYS * 86_400_000);

/**
 * Password sign-in. The attempt is reserved before the password is checked (docs/api-auth.md,
 * "Throttling"): from a device known for the account, in that device's bucket alone; from any
 * other, per client address and per identifier typed, whether or not an account has it. The
 * answer and the work done are the same whether or not the account exists. A success gives its
 * attempt back and starts a new session (new id), so an id planted before sign-in is worth nothing.
 */
export async function signIn(
  services: Services,
  input: { identifier: string; password: string },
  previous: Session | null,
  address: string,
  device: string | null,
): Promise<SignInOutcome> {
  const { db } = services;
  const identifier = normalizeIdentifier(input.identifier);
  const knownFor = device ? await deviceAccount(db, identifier, device, services.clock()) : null;
  const buckets: AttemptBucket[] =
    knownFor && device
      ? [{ key: deviceBucketKey("sign-in-device", knownFor, device), limit: signInPerKnownDevice }]
      : [
          { key: bucketKey("sign-in-address", address), limit: signInPerAddress },
          {
            key: bucketKey("sign-in-identifier", identifierText(identifier)),
            limit: signInPerIdentifier,
          },
        ];
  const reservation = await reserveAttempt(db, buckets, services.clock());
  if (!reservation.ok) return { kind: "throttled", retryAfter: reservation.retryAfter };

  const row = await findAccountByIdentifier(db, identifier);
  const matches = row
    ? await verifyPassword(row.password_hash, input.password)
    : await verifyAgainstNothing(input.password);
  const now = services.clock();
  if (!row || !matches) {
    await recordAudit(db, {
      actor: "anonymous",
      action: "auth.sign-in.failed",
      subjectType: row ? "account" : null,
      subjectId: row?.id ?? null,
    });
    return { kind: "failed" };
  }
  const account = toSessionAccount(row);
  const created = await db.transaction().execute(async (trx) => {
    const next = await rotateSession(trx, previous, account.id, false, now);
    await recordAudit(trx, {
      actor: `account:${account.id}`,
      action: "auth.sign-in",
      subjectType: "account",
      subjectId: account.id,
    });
    // Staff have a second factor still to give: their device is remembered once it is given.
    const remembered = isStaff(account.role)
      ? null
      : await rememberDevice(trx, account.id, device, now);
    return { ...next, device: remembered };
  });
  await releaseAttempts(db, reservation.held);
  await purgeSpentAttempts(db, now);
  await purgeExpiredSessions(db, now, services.sessionTimeouts);
  return {
    kind: "signed-in",
    rawId: created.id,
    session: created.session,
    account,
    device: created.device,
  };
}

/** The account the identifier names, when the device is a known one of it. */
async function deviceAccount(
  db: Db,
  identifier: Identifier,
  device: string,
  now: Date,
): Promise<string | null> {
  const row = await db
    .selectFrom("known_devices")
    .innerJoin("accounts", "accounts.id", "known_devices.account_id")
    .select("accounts.id")
    .where("known_devices.device_hash", "=", deviceHash(device))
    .where(`accounts.${identifier.kind}`, "=", identifier.value)
    .where("known_devices.last_seen_at", ">", rememberedSince(now))
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function isKnownDevice(
  db: Db,
  accountId: string,
  device: string | null,
  now: Date,
): Promise<boolean> {
  if (!device) return false;
  const row = await db
    .selectFrom("known_devices")
    .select("account_id")
    .where("device_hash", "=", deviceHash(device))
    .where("account_id", "=", accountId)
    .where("last_seen_at", ">", rememberedSince(now))
    .executeTakeFirst();
  return row !== undefined;
}

/** The attempts bucket of a known device for the account (passwords and codes apart). */
export function deviceBucketKey(kind: string, accountId: string, device: string): string {
  return bucketKey(kind, accountId, deviceHash(device));
}

/**
 * Makes this browser a known device of the account, after a complete sign-in; gives the cookie
 * value to set. A cookie this server gave (to this account or another on the same browser) is
 * kept; any other is replaced, so that nobody can choose the value of a known device.
 */
export async function rememberDevice(
  db: Db,
  accountId: string,
  presented: string | null,
  now: Date,
): Promise<string> {
  const given =
    presented &&
    (await db
      .selectFrom("known_devices")
      .select("account_id")
      .where("device_hash", "=", deviceHash(presented))
      .executeTakeFirst());
  const device = given && presented ? presented : randomToken();
  await db
    .deleteFrom("known_devices")
    .where("account_id", "=", accountId)
    .where("last_seen_at", "<=", rememberedSince(now))
    .execute();
  await db
    .insertInto("known_devices")
    .values({
      device_hash: deviceHash(device),
      account_id: accountId,
      first_seen_at: now,
      last_seen_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["device_hash", "account_id"]).doUpdateSet({ last_seen_at: now }),
    )
    .execute();
  return device;
}
