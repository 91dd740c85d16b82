/**
 * Closing a window and drawing it. Each is one transaction that locks the window's row FOR UPDATE
 * and checks its status first, so two server processes (or the scheduler and an administrator)
 * doing the same at once are safe: one does it, the other waits and finds it done. The
 * confirmations go into the outbox in the draw's transaction, so they exist exactly when the
 * appointments do, and are sent after it commits.
 */
import { randomBytes } from "node:crypto";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import {
  canonicalRequests,
  type LotteryRequest,
  publishDraw,
  requestsDigest,
} from "../lottery/index.ts";
import { slotTime } from "../window.ts";
import { confirmations } from "./confirmations.ts";

export type DrawOutcome =
  | { ok: true; date: string; status: "open" | "closed" | "drawn" | "void"; done: boolean }
  | Failure;

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** An appointment code: 8 characters without look-alikes (0/O, 1/I), as XXXX-XXXX. */
export function appointmentCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

async function lockWindow(trx: Transaction<Database>, date: string) {
  return trx
    .selectFrom("lottery_windows")
    .selectAll()
    .where("date", "=", date)
    .forUpdate()
    .executeTakeFirst();
}

const noWindow = (date: string): Failure => ({
  ok: false,
  kind: "missing",
  detail: `The window of ${date} was not found.`,
});

/** Fixes the request list: waiting days from each registration's first request, and the digest. */
async function closeLocked(unit: UnitOfWork, date: string, now: Date) {
  const { trx } = unit;
  const actor = unit.write.actor;
  await sql`update appointment_requests r
    set waiting_days = greatest(0, r.window_date - coalesce(g.first_requested_on, r.window_date))
    from appointment_registrations g
    where g.id = r.registration_id and r.window_date = ${date}::date`.execute(trx);
  const requests = await loadRequests(trx, date);
  const digest = requestsDigest(canonicalRequests(requests));
  await trx
    .updateTable("lottery_windows")
    .set({
      status: "closed",
      requests_digest: digest,
      request_count: requests.length,
      closed_at: now,
      closed_by: actor,
    })
    .where("date", "=", date)
    .execute();
  unit.audit({
    type: "lottery_window",
    id: date,
    action: "lottery.close",
    details: { requests: requests.length, requestsDigest: digest },
  });
}

async function loadRequests(trx: Transaction<Database>, date: string): Promise<LotteryRequest[]> {
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

/** Closes the window's request list (an administrator may close early). */
export function closeWindow(services: Services, date: string, write: Write): Promise<DrawOutcome> {
  return inTransaction(services, write, async (unit): Promise<DrawOutcome> => {
    const row = await lockWindow(unit.trx, date);
    if (!row) return noWindow(date);
    if (row.status !== "open") return { ok: true, date, status: row.status, done: true };
    await closeLocked(unit, date, services.clock());
    return { ok: true, date, status: "closed", done: false };
  });
}

/**
 * Draws the window: the operator's seed is revealed, the observers' matching reveals are combined
 * with it, the lottery module allocates, and the appointments, the request statuses and the
 * published record are written in one transaction. A window still open before its closing time
 * is refused; one past it is closed first.
 */
export function drawWindow(services: Services, date: string, write: Write): Promise<DrawOutcome> {
  const now = services.clock();
  const actor = write.actor;
  return inTransaction(services, write, async (unit): Promise<DrawOutcome> => {
    const { trx } = unit;
    const row = await lockWindow(trx, date);
    if (!row) return noWindow(date);
    if (row.status === "drawn" || row.status === "void") {
      return { ok: true, date, status: row.status, done: true };
    }
    if (row.status === "open") {
      if (now < row.closes_at) {
        return {
          ok: false,
          kind: "conflict",
          detail: `The window of ${date} is open until ${row.closes_at.toISOString()}: close it first.`,
        };
      }
      await closeLocked(unit, date, now);
    }
    const digest = (
      await trx
        .selectFrom("lottery_windows")
        .select("requests_digest")
        .where("date", "=", date)
        .executeTakeFirstOrThrow()
    ).requests_digest;
    const [requests, commitments, reveals] = await Promise.all([
      loadRequests(trx, date),
      trx
        .selectFrom("lottery_commitments")
        .select(["party", "commitment"])
        .where("window_date", "=", date)
        .orderBy("committed_at")
        .execute(),
      trx
        .selectFrom("lottery_reveals")
        .select(["party", "seed"])
        .where("window_date", "=", date)
        .execute(),
    ]);
    const record = publishDraw({
      date,
      operator: row.operator,
      parameters: row.parameters,
      capacities: row.capacities,
      commitments: [{ party: row.operator, commitment: row.operator_commitment }, ...commitments],
      reveals: [...reveals, { party: row.operator, seed: row.operator_seed }],
      requests,
      requestsDigest: digest ?? undefined,
    });
    const places = new Map(row.capacities.map((c) => [c.port, c.places]));
    const byId = new Map(requests.map((r) => [r.id, r]));
    const entries = record.allocation.map((entry) => ({
      code: appointmentCode(),
      request_id: entry.requestId,
      port: entry.port,
      slot: entry.slot,
      places: byId.get(entry.requestId)?.groupSize ?? 1,
      time: slotTime(entry.slot, places.get(entry.port) ?? 1),
    }));
    if (entries.length > 0) {
      await sql`insert into appointments (code, request_id, registration_id, window_date, port, date,
          time, slot, places, status, created_at)
        select t.code, t.request_id, r.registration_id, ${date}::date, t.port,
          ${row.appointment_date}::date, t.time, t.slot, t.places, 'confirmed', ${now}::timestamptz
        from unnest(${entries.map((e) => e.code)}::text[], ${entries.map((e) => e.request_id)}::text[],
          ${entries.map((e) => e.port)}::text[], ${entries.map((e) => e.time)}::text[],
          ${entries.map((e) => e.slot)}::int[], ${entries.map((e) => e.places)}::int[])
          as t(code, request_id, port, time, slot, places)
        join appointment_requests r on r.id = t.request_id`.execute(trx);
    }
    await sql`update appointment_requests
      set status = case when id = any(${entries.map((e) => e.request_id)}::text[])
        then 'allocated' else 'not_drawn' end
      where window_date = ${date}::date`.execute(trx);
    await trx
      .updateTable("lottery_windows")
      .set({
        status: record.status,
        published: JSON.stringify(record),
        drawn_at: now,
        drawn_by: actor,
      })
      .where("date", "=", date)
      .execute();
    unit.audit({
      type: "lottery_window",
      id: date,
      action: "lottery.draw",
      details: {
        status: record.status,
        requests: requests.length,
        allocated: entries.length,
        finalSeed: record.finalSeed,
      },
    });
    if (entries.length > 0) await unit.send(...(await confirmations(trx, date, now)));
    return { ok: true, date, status: record.status, done: false };
  });
}
