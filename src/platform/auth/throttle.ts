import { type Kysely, sql } from "kysely";
import type { Database } from "../database/schema.ts";
import { type AttemptLimit, retryAfterSeconds, windowEnd } from "./backoff.ts";
import { sha256 } from "./tokens.ts";

/**
 * Throttles, in the database so that they hold across any number of server processes: every
 * attempt is reserved before its work (`reserveAttempt`). Keys never hold what was typed, an
 * address or a device cookie: each is hashed into the bucket's key.
 */

/** One limit on attempts: a client address, an identifier, a known device, a pending sign-in. */
export interface AttemptBucket {
  key: string;
  limit: AttemptLimit;
}

/** An attempt held in a bucket's window, to give back when it turns out right. */
export interface HeldAttempt {
  key: string;
  windowEndsAt: Date;
}

export type Reservation = { ok: true; held: HeldAttempt[] } | { ok: false; retryAfter: number };

/** A bucket's key: its kind, and the hash of what it is about (never the text itself). */
export function bucketKey(kind: string, ...about: string[]): string {
  return `${kind}:${sha256(about.join("\u0000"))}`;
}

/**
 * Counts an attempt before the work it pays for (an argon2 check, a TOTP check, a sign-up), in
 * the statement that checks the limit: however many requests arrive at once, a bucket lets at
 * most its limit through in a window. Buckets are taken in order and the first full one refuses;
 * the ones before it keep the refused attempt (they are the requester's own: the address first).
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  buckets: readonly AttemptBucket[],
  now: Date,
): Promise<Reservation> {
  const held: HeldAttempt[] = [];
  for (const { key, limit } of buckets) {
    // Conflict on a row whose window is over: a new window. On one still open: one more, but
    // only while under the limit; the row is locked for the update, so two cannot both pass.
    const row = await db
      .insertInto("sign_in_attempts")
      .values({ bucket: key, attempts: 1, window_ends_at: windowEnd(now, limit) })
      .onConflict((oc) =>
        oc
          .column("bucket")
          .doUpdateSet({
            attempts: sql<number>`case when sign_in_attempts.window_ends_at <= ${now} then 1 else sign_in_attempts.attempts + 1 end`,
            window_ends_at: sql<Date>`case when sign_in_attempts.window_ends_at <= ${now} then excluded.window_ends_at else sign_in_attempts.window_ends_at end`,
          })
          .where((eb) =>
            eb.or([
              eb("sign_in_attempts.window_ends_at", "<=", now),
              eb("sign_in_attempts.attempts", "<", limit.attempts),
            ]),
          ),
      )
      .returning("window_ends_at")
      .executeTakeFirst();
    if (!row) return { ok: false, retryAfter: await waitFor(db, key, now) };
    held.push({ key, windowEndsAt: row.window_ends_at });
  }
  return { ok: true, held };
}

async function waitFor(db: Kysely<Database>, key: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom("sign_in_attempts")
    .select("window_ends_at")
    .where("bucket", "=", key)
    .executeTakeFirst();
  // The window may have closed since the refusal: still ask for a second.
  return Math.max(1, retryAfterSeconds(row?.window_ends_at ?? now, now));
}

/** Gives held attempts back (the work showed they were right), within the same windows only. */
export async function releaseAttempts(
  db: Kysely<Database>,
  held: readonly HeldAttempt[],
): Promise<void> {
  for (const { key, windowEndsAt } of held) {
    await db
      .updateTable("sign_in_attempts")
      .set((eb) => ({ attempts: eb("attempts", "-", 1) }))
      .where("bucket", "=", key)
      .where("window_ends_at", "=", windowEndsAt)
      .where("attempts", ">", 0)
      .execute();
  }
}

/** Forgets the buckets whose windows are over. */
export async function purgeSpentAttempts(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom("sign_in_attempts").where("window_ends_at", "<=", now).execute();
}
