/**
 * The officer's review of a held registration: the identity check found people of it close to
 * registered people, or its applicant claimed that someone registered in their name. The officer
 * accepts it (it stays active, and nothing changes for the applicant, who was never told it was
 * held: 8 CFR 208.6) or refuses it, with the reason the applicant is told. Accepting a claim may
 * void the matched registrations made in the claimant's name: each is refused with the reason,
 * and its requests in a window still open are withdrawn. The decision, its author and its reason
 * stay on the registration; the audit log records who decided or voided which registration,
 * never names, the reason's text or the claim's.
 */
import type { Transaction } from "kysely";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import { registrationMissing } from "./missing.ts";
import { reviewDecisionMail } from "./reviewMail.ts";

export type ReviewDecision = "accepted" | "refused";

export type ReviewOutcome = { ok: true; status: "active" | "refused" } | Failure;

interface Decision {
  decision: ReviewDecision;
  reason: string;
  /** Matched registrations to void (with an acceptance only). */
  voids: readonly string[];
}

/**
 * An officer's decision on a held registration. Only a registration still held can be decided:
 * the row is read FOR UPDATE, so of two officers deciding at once the second gets a conflict.
 * A refusal's notice, in the applicant's language, goes into the outbox with the decision.
 */
export function decideHeldRegistration(
  services: Services,
  officer: SessionAccount,
  write: Write,
  id: string,
  { decision, reason, voids }: Decision,
): Promise<ReviewOutcome> {
  const now = services.clock();
  const reviewed = {
    reviewed_at: now,
    reviewed_by: write.actor,
    reviewed_by_name: officer.displayName ?? "CBP officer",
    review_note: reason,
  };
  return inTransaction(services, write, async (unit): Promise<ReviewOutcome> => {
    const { trx } = unit;
    const registration = await trx
      .selectFrom("appointment_registrations")
      .select(["status", "held_since"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!registration) {
      return registrationMissing;
    }
    if (!registration.held_since) {
      return {
        ok: false,
        kind: "conflict",
        code: "already-reviewed",
        detail: `The registration is not held for review (it is ${registration.status}); another officer may have decided it.`,
      };
    }
    const voided = [...new Set(voids)];
    if (voided.length > 0) {
      const matched = await trx
        .selectFrom("registration_matches")
        .select("matched_registration_id")
        .distinct()
        .where("registration_id", "=", id)
        .where("matched_registration_id", "in", voided)
        .execute();
      if (matched.length < voided.length) {
        return {
          ok: false,
          kind: "unacceptable",
          field: "body.void",
          detail: "Only a registration listed as a possible match of this one can be voided.",
        };
      }
    }
    const status = decision === "accepted" ? ("active" as const) : ("refused" as const);
    await trx
      .updateTable("appointment_registrations")
      .set({ status, held_since: null, review_decision: decision, ...reviewed })
      .where("id", "=", id)
      .execute();
    await closeClaims(trx, [id], now);
    unit.audit({
      type: "registration",
      id,
      details: voided.length > 0 ? { decision, voided } : { decision },
    });
    if (status === "refused") await notifyRefusal(unit, id, reason);
    for (const other of voided) {
      await trx
        .updateTable("appointment_registrations")
        .set({ status: "refused", held_since: null, review_decision: "refused", ...reviewed })
        .where("id", "=", other)
        .execute();
      await closeClaims(trx, [other], now);
      await withdrawOpenRequests(trx, other);
      unit.audit({
        type: "registration",
        id: other,
        action: "registration.void",
        details: { claimedBy: id },
      });
      await notifyRefusal(unit, other, reason);
    }
    return { ok: true, status };
  });
}

async function closeClaims(trx: Transaction<Database>, ids: string[], now: Date): Promise<void> {
  await trx
    .updateTable("registration_claims")
    .set({ reviewed_at: now })
    .where("registration_id", "in", ids)
    .where("reviewed_at", "is", null)
    .execute();
}

/**
 * A voided registration's requests in windows still open (read FOR SHARE: a close waits, or has
 * fixed its list already and the request stays in it, to be turned away at the port).
 */
async function withdrawOpenRequests(trx: Transaction<Database>, id: string): Promise<void> {
  const open = await trx
    .selectFrom("lottery_windows")
    .select("date")
    .where("status", "=", "open")
    .where("date", "in", (eb) =>
      eb
        .selectFrom("appointment_requests")
        .select("window_date")
        .where("registration_id", "=", id)
        .where("status", "=", "pending"),
    )
    .forShare()
    .execute();
  if (open.length === 0) return;
  await trx
    .deleteFrom("appointment_requests")
    .where("registration_id", "=", id)
    .where("status", "=", "pending")
    .where(
      "window_date",
      "in",
      open.map((row) => row.date),
    )
    .execute();
}

/** The applicant's notice of a refusal, in the registration's language, to its contact e-mail. */
async function notifyRefusal(unit: UnitOfWork, id: string, reason: string): Promise<void> {
  const row = await unit.trx
    .selectFrom("appointment_registrations as r")
    .innerJoin("accounts as a", "a.id", "r.account_id")
    .select(["r.language", "r.contact_email", "a.email"])
    .where("r.id", "=", id)
    .executeTakeFirstOrThrow();
  const to = row.contact_email ?? row.email;
  if (!to) return;
  await unit.send({
    ...reviewDecisionMail(to, row.language, reason),
    purpose: "registration-review",
  });
}
