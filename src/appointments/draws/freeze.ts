/**
 * Closing a window and fixing a round's terms. Each runs in a transaction that locks the window's
 * row FOR UPDATE and checks its state first, so two processes doing it at once are safe. The terms
 * — places, parameters, commitments, the request list's digest and count — are signed and stored
 * before any seed is revealed: commitments and reveals lock the row FOR SHARE, so each one is
 * either before the terms (and in them) or after.
 */
import { sql, type Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import {
  canonicalRequests,
  drawTerms,
  type LotteryRequest,
  requestsDigest,
  termsHash,
} from "../lottery/index.ts";
import { commitmentsUntil, signStatement } from "./rounds.ts";

export type DrawOutcome =
  | {
      ok: true;
      date: string;
      round: number;
      status: "open" | "closed" | "drawn" | "void";
      done: boolean;
    }
  | Failure;

export async function lockWindow(trx: Transaction<Database>, date: string) {
  return trx
    .selectFrom("lottery_windows")
    .selectAll()
    .where("date", "=", date)
    .forUpdate()
    .executeTakeFirst();
}

export type LockedWindow = NonNullable<Awaited<ReturnType<typeof lockWindow>>>;

export const noWindow = (date: string): Failure => ({
  ok: false,
  kind: "missing",
  detail: `The window of ${date} was not found.`,
});

export async function loadRequests(
  trx: Transaction<Database>,
  date: string,
): Promise<LotteryRequest[]> {
  const rows = await trx
    .selectFrom("appointment_requests")
    .select(["id", "group_size", "waiting_days", "preferred_ports"])
    .where("window_date", "=", date)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    groupSize: row.group_size,
    waitingDays: row.waiting_days ?? 0,
    preferredPorts: row.preferred_ports,
  }));
}

/** Fixes the request list: waiting days from each registration's first request, and the digest. */
async function closeLocked(unit: UnitOfWork, row: LockedWindow, now: Date): Promise<LockedWindow> {
  const { trx } = unit;
  const { date } = row;
  await sql`update appointment_requests r
    set waiting_days = greatest(0, r.window_date - coalesce(g.first_requested_on, r.window_date))
    from appointment_registrations g
    where g.id = r.registration_id and r.window_date = ${date}::date`.execute(trx);
  const requests = await loadRequests(trx, date);
  const digest = requestsDigest(canonicalRequests(requests));
  const closed = {
    status: "closed" as const,
    requests_digest: digest,
    request_count: requests.length,
    closed_at: now,
    closed_by: unit.write.actor,
  };
  await trx.updateTable("lottery_windows").set(closed).where("date", "=", date).execute();
  unit.audit({
    type: "lottery_window",
    id: date,
    action: "lottery.close",
    details: { requests: requests.length, requestsDigest: digest },
  });
  return { ...row, ...closed };
}

/**
 * Signs and stores the current round's terms: from here on no commitment is taken, and reveals
 * are. The request list was fixed at the close; its digest and count are the terms'.
 */
async function freezeLocked(
  services: Services,
  unit: UnitOfWork,
  row: LockedWindow,
  now: Date,
): Promise<LockedWindow> {
  const { trx } = unit;
  if (row.requests_digest === null || row.request_count === null) {
    throw new Error(`the window of ${row.date} is closed without a request list`);
  }
  const observers = await trx
    .selectFrom("lottery_commitments")
    .select(["party", "commitment"])
    .where("window_date", "=", row.date)
    .where("round", "=", row.round)
    .execute();
  const terms = drawTerms({
    day: row.date,
    round: row.round,
    operator: row.operator,
    commitments: [{ party: row.operator, commitment: row.operator_commitment }, ...observers],
    capacities: row.capacities,
    parameters: row.parameters,
    requestsDigest: row.requests_digest,
    requestCount: row.request_count,
    frozenAt: now.toISOString(),
    revealsUntil: row.draw_at.toISOString(),
  });
  const signed = signStatement(services.signer, terms);
  const hash = termsHash(terms);
  await trx
    .updateTable("lottery_windows")
    .set({ terms: JSON.stringify(signed), terms_hash: hash })
    .where("date", "=", row.date)
    .execute();
  unit.audit({
    type: "lottery_window",
    id: row.date,
    action: "lottery.terms",
    details: { round: row.round, termsHash: hash, commitments: terms.commitments.length },
  });
  return { ...row, terms: signed, terms_hash: hash };
}

/**
 * Brings a locked window up to `now`: closes a window past its close (or when asked to close
 * early) and fixes the current round's terms once its commitments have closed.
 */
export async function settleLocked(
  services: Services,
  unit: UnitOfWork,
  row: LockedWindow,
  now: Date,
  closeEarly = false,
): Promise<LockedWindow> {
  let current = row;
  if (current.status === "open" && (closeEarly || now >= current.closes_at)) {
    current = await closeLocked(unit, current, now);
    return freezeLocked(services, unit, current, now);
  }
  if (current.status === "closed" && current.terms === null && now >= commitmentsUntil(current)) {
    return freezeLocked(services, unit, current, now);
  }
  return current;
}

/** Closes the window's request list (an administrator may close early) and fixes round 1's terms. */
export function closeWindow(services: Services, date: string, write: Write): Promise<DrawOutcome> {
  return inTransaction(services, write, async (unit): Promise<DrawOutcome> => {
    const row = await lockWindow(unit.trx, date);
    if (!row) return noWindow(date);
    const settled = await settleLocked(services, unit, row, services.clock(), true);
    const done = settled === row;
    return { ok: true, date, round: settled.round, status: settled.status, done };
  });
}
