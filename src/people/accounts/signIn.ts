import { recordAudit } from "../../platform/audit/record.ts";
import { addressBackoff, identifierBackoff } from "../../platform/auth/backoff.ts";
import { verifyAgainstNothing, verifyPassword } from "../../platform/auth/password.ts";
import {
  purgeExpiredSessions,
  rotateSession,
  type Session,
  type SessionAccount,
} from "../../platform/auth/sessions.ts";
import {
  addressKey,
  clearThrottle,
  identifierKey,
  recordFailure,
  throttleWait,
} from "../../platform/auth/throttle.ts";
import type { Services } from "../../platform/services.ts";
import { identifierText, normalizeIdentifier } from "./identifiers.ts";
import { findAccountByIdentifier, toSessionAccount } from "./store.ts";

export type SignInOutcome =
  | { kind: "signed-in"; rawId: string; session: Session; account: SessionAccount }
  | { kind: "failed" }
  | { kind: "throttled"; retryAfter: number };

/**
 * Password sign-in. Throttled per identifier typed and per client address, in the database, with
 * back-off; the answer and the work done are the same whether or not the account exists. A
 * success starts a new session (new id), so an id planted before sign-in is worth nothing.
 */
export async function signIn(
  services: Services,
  input: { identifier: string; password: string },
  previous: Session | null,
  address: string,
): Promise<SignInOutcome> {
  const { db } = services;
  const identifier = normalizeIdentifier(input.identifier);
  const keys = [
    { key: identifierKey(identifierText(identifier)), policy: identifierBackoff },
    { key: addressKey(address), policy: addressBackoff },
  ];
  const wait = await throttleWait(
    db,
    keys.map((k) => k.key),
    services.clock(),
  );
  if (wait > 0) return { kind: "throttled", retryAfter: wait };

  const row = await findAccountByIdentifier(db, identifier);
  const matches = row
    ? await verifyPassword(row.password_hash, input.password)
    : await verifyAgainstNothing(input.password);
  const now = services.clock();
  if (!row || !matches) {
    await recordFailure(db, keys, now);
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
    return next;
  });
  await clearThrottle(db, keys[0]?.key ?? "");
  await purgeExpiredSessions(db, now, services.sessionTimeouts);
  return { kind: "signed-in", rawId: created.id, session: created.session, account };
}
