import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../database/schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A message to send once the write that made it commits. `purpose` says what it is for (the
 * delivery record names it); the message itself carries no name or A-number (8 CFR 208.6).
 */
export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  /** e.g. "password-reset", "appointment-confirmation". */
  purpose: string;
  /** How it goes: "email" when left out, or a channel a module delivers (worker.ts). */
  channel?: string;
}

/** Puts messages in the outbox, in the caller's transaction: they exist exactly when the write does. */
export async function enqueue(
  trx: Db,
  messages: readonly OutboxMessage[],
  now: Date,
): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await trx
    .insertInto("outbox")
    .values(
      messages.map((message) => ({
        channel: message.channel ?? "email",
        recipient: message.to,
        subject: message.subject,
        body: message.text,
        purpose: message.purpose,
        created_at: now,
        next_attempt_at: now,
      })),
    )
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

export interface ClaimedMessage {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  purpose: string;
  attempts: number;
}

/**
 * Takes up to `limit` messages due now for `leaseMs`: rows another process holds are skipped
 * (SKIP LOCKED), and a lease that runs out (a process that died while sending) frees the row.
 */
export async function claimDue(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedMessage[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const { rows } = await sql<ClaimedMessage>`
    update outbox set lease_until = ${leaseUntil}
     where id in (
       select id from outbox
        where status = 'pending' and next_attempt_at <= ${now}
          and (lease_until is null or lease_until <= ${now})
        order by next_attempt_at, id
        limit ${limit}
        for update skip locked)
    returning id, channel, recipient, subject, body, purpose, attempts`.execute(db);
  return rows;
}

/**
 * Records one attempt and what follows from it: sent; or tried again after `retryAt`; or, once
 * `retryAt` is null (the last attempt failed), given up as failed. Every attempt stays on record.
 */
export async function recordAttempt(
  db: Kysely<Database>,
  message: ClaimedMessage,
  outcome: { at: Date; sent: boolean; detail: string; retryAt: Date | null },
): Promise<void> {
  const attempt = message.attempts + 1;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("outbox_attempts")
      .values({
        outbox_id: message.id,
        attempt,
        at: outcome.at,
        outcome: outcome.sent ? "sent" : "failed",
        detail: outcome.detail,
      })
      .execute();
    await trx
      .updateTable("outbox")
      .set({
        attempts: attempt,
        lease_until: null,
        status: outcome.sent ? "sent" : outcome.retryAt ? "pending" : "failed",
        sent_at: outcome.sent ? outcome.at : null,
        next_attempt_at: outcome.retryAt ?? outcome.at,
      })
      .where("id", "=", message.id)
      .execute();
  });
}
