import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database/schema.ts";
import { isRole, isStaff, type Role } from "./roles.ts";
import { type SessionTimeouts, sessionExpired, shouldTouch } from "./sessionPolicy.ts";
import { randomToken, sha256 } from "./tokens.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Server-side sessions. The browser holds a random id in an HttpOnly cookie; the table holds
 * only its SHA-256, the account (none for an anonymous visitor), the CSRF token bound to the
 * session, and whether the second factor was given in it.
 */
export interface Session {
  idHash: string;
  accountId: string | null;
  csrfToken: string;
  mfaVerified: boolean;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionAccount {
  id: string;
  role: Role;
  preferredLanguage: string;
  displayName: string | null;
  post: { kind: "port" | "facility" | "court"; id: string } | null;
  totpEnrolled: boolean;
}

export type MfaState = "not-required" | "enrol" | "verify" | "done";

export function mfaState(account: SessionAccount, session: Session): MfaState {
  if (!isStaff(account.role)) return "not-required";
  if (!account.totpEnrolled) return "enrol";
  return session.mfaVerified ? "done" : "verify";
}

export async function createSession(
  db: Db,
  accountId: string | null,
  mfaVerified: boolean,
  now: Date,
): Promise<{ id: string; session: Session }> {
  const id = randomToken();
  const session: Session = {
    idHash: sha256(id),
    accountId,
    csrfToken: randomToken(),
    mfaVerified,
    createdAt: now,
    lastSeenAt: now,
  };
  await db
    .insertInto("sessions")
    .values({
      id_hash: session.idHash,
      account_id: accountId,
      csrf_token: session.csrfToken,
      mfa_verified: mfaVerified,
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return { id, session };
}

/**
 * Replaces a session with a new one (new id, new CSRF token): at sign-in and at every change
 * of privilege, so that an id planted before it (session fixation) is worth nothing after.
 */
export async function rotateSession(
  db: Db,
  previous: Session | null,
  accountId: string | null,
  mfaVerified: boolean,
  now: Date,
): Promise<{ id: string; session: Session }> {
  if (previous) await deleteSession(db, previous.idHash);
  return createSession(db, accountId, mfaVerified, now);
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function deleteAccountSessions(db: Db, accountId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("account_id", "=", accountId).execute();
  return Number(result[0]?.numDeletedRows ?? 0);
}

function sessionQuery(db: Db) {
  return db
    .selectFrom("sessions")
    .leftJoin("accounts", "accounts.id", "sessions.account_id")
    .select([
      "sessions.id_hash",
      "sessions.account_id",
      "sessions.csrf_token",
      "sessions.mfa_verified",
      "sessions.created_at",
      "sessions.last_seen_at",
      "accounts.role",
      "accounts.preferred_language",
      "accounts.display_name",
      "accounts.post_kind",
      "accounts.post_id",
      "accounts.totp_enrolled_at",
    ]);
}
type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>["executeTakeFirstOrThrow"]>>;

/**
 * Session lookups that arrive in the same turn of the event loop go to the database as one
 * indexed query (`id_hash = any(…)`), so a surge of requests costs one round trip per turn, not
 * one per request. Each caller still gets exactly its own row.
 */
const pendingLookups = new WeakMap<
  Db,
  Map<string, { resolve: (row: SessionRow | undefined) => void; reject: (e: unknown) => void }[]>
>();

function findSessionRow(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return new Promise((resolve, reject) => {
    let pending = pendingLookups.get(db);
    if (!pending) {
      const batch = new Map<
        string,
        { resolve: (row: SessionRow | undefined) => void; reject: (e: unknown) => void }[]
      >();
      pending = batch;
      pendingLookups.set(db, batch);
      setImmediate(() => {
        pendingLookups.delete(db);
        sessionQuery(db)
          .where("sessions.id_hash", "in", [...batch.keys()])
          .execute()
          .then((rows) => {
            const byHash = new Map(rows.map((row) => [row.id_hash, row]));
            for (const [hash, waiters] of batch) {
              for (const waiter of waiters) waiter.resolve(byHash.get(hash));
            }
          })
          .catch((error) => {
            for (const waiters of batch.values())
              for (const waiter of waiters) waiter.reject(error);
          });
      });
    }
    const waiters = pending.get(idHash);
    if (waiters) waiters.push({ resolve, reject });
    else pending.set(idHash, [{ resolve, reject }]);
  });
}

/** The session a cookie names, with its account; null when there is none or it has expired. */
export async function loadSession(
  db: Db,
  rawId: string,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<{ session: Session; account: SessionAccount | null } | null> {
  const row = await findSessionRow(db, sha256(rawId));
  if (!row) return null;
  const session: Session = {
    idHash: row.id_hash,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    mfaVerified: row.mfa_verified,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
  if (sessionExpired(session, now, timeouts)) {
    await deleteSession(db, session.idHash);
    return null;
  }
  if (shouldTouch(session.lastSeenAt, now)) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now })
      .where("id_hash", "=", session.idHash)
      .execute();
    session.lastSeenAt = now;
  }
  if (!row.account_id || !row.role || !isRole(row.role)) return { session, account: null };
  return {
    session,
    account: {
      id: row.account_id,
      role: row.role,
      preferredLanguage: row.preferred_language ?? "en",
      displayName: row.display_name ?? null,
      post: row.post_kind && row.post_id ? { kind: row.post_kind, id: row.post_id } : null,
      totpEnrolled: row.totp_enrolled_at !== null,
    },
  };
}

/** Removes sessions past either timeout (called at sign-in; any process may run it). */
export async function purgeExpiredSessions(
  db: Db,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<void> {
  const idleBefore = new Date(now.getTime() - timeouts.idleMinutes * 60_000);
  const startedBefore = new Date(now.getTime() - timeouts.absoluteHours * 3_600_000);
  await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([eb("last_seen_at", "<", idleBefore), eb("created_at", "<", startedBefore)]),
    )
    .execute();
}
