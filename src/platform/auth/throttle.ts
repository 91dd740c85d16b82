import type { Kysely } from "kysely";
import type { Database } from "../database/schema.ts";
import { type BackoffPolicy, blockSeconds, failuresAfter, retryAfterSeconds } from "./backoff.ts";
import { sha256 } from "./tokens.ts";

/**
 * The login throttle, in the database so that it holds across any number of server processes.
 * Keys never hold what was typed: the identifier is hashed.
 */
export interface ThrottleKey {
  key: string;
  policy: BackoffPolicy;
}

export function identifierKey(identifier: string): string {
  return `identifier:${sha256(identifier)}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** Seconds to wait before trying again, or 0 when no key is blocked. */
export async function throttleWait(
  db: Kysely<Database>,
  keys: string[],
  now: Date,
): Promise<number> {
  const rows = await db
    .selectFrom("login_throttle")
    .select("blocked_until")
    .where("key", "in", keys)
    .execute();
  return Math.max(0, ...rows.map((row) => retryAfterSeconds(row.blocked_until, now)));
}

/** Counts one failure against each key and blocks it as its back-off policy says. */
export async function recordFailure(
  db: Kysely<Database>,
  keys: ThrottleKey[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const { key, policy } of keys) {
      await trx
        .insertInto("login_throttle")
        .values({ key, failures: 0, last_failure_at: now, blocked_until: new Date(0) })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
      const row = await trx
        .selectFrom("login_throttle")
        .select(["failures", "last_failure_at"])
        .where("key", "=", key)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const since = (now.getTime() - row.last_failure_at.getTime()) / 1000;
      const failures = failuresAfter(row.failures, since, policy);
      await trx
        .updateTable("login_throttle")
        .set({
          failures,
          last_failure_at: now,
          blocked_until: new Date(now.getTime() + blockSeconds(failures, policy) * 1000),
        })
        .where("key", "=", key)
        .execute();
    }
  });
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("key", "=", key).execute();
}
