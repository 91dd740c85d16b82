/**
 * Drawing a window's current round: one transaction that locks the window's row FOR UPDATE and
 * checks its state first, so two server processes (or the scheduler and an administrator) doing
 * it at once are safe: one does it, the other waits and finds it done. The confirmations go into
 * the outbox in the draw's transaction, so they exist exactly when the appointments do, and are
 * sent after it commits. A void round starts the next one in the same transaction.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import { type PublishedDraw, publishDraw, type Receipt, type Signed } from "../lottery/index.ts";
import { slotTime } from "../window.ts";
import { confirmations } from "./confirmations.ts";
import {
  type DrawOutcome,
  type LockedWindow,
  loadRequests,
  lockWindow,
  noWindow,
  settleLocked,
} from "./freeze.ts";
import { commitmentsUntil, startNextRound } from "./rounds.ts";

export { closeWindow, type DrawOutcome } from "./freeze.ts";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** An appointment code: 8 characters without look-alikes (0/O, 1/I), as XXXX-XXXX. */
export function appointmentCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** The round's reveals and every receipt issued for it. */
async function roundInputs(unit: UnitOfWork, row: LockedWindow) {
  const { trx } = unit;
  const inRound = { date: row.date, round: row.round };
  const [revealed, commitmentReceipts] = await Promise.all([
    trx
      .selectFrom("lottery_reveals")
      .select(["party", "seed", "receipt"])
      .where("window_date", "=", inRound.date)
      .where("round", "=", inRound.round)
      .execute(),
    trx
      .selectFrom("lottery_commitments")
      .select("receipt")
      .where("window_date", "=", inRound.date)
      .where("round", "=", inRound.round)
      .execute(),
  ]);
  const reveals = revealed.map(({ party, seed }) => ({ party, seed }));
  const receipts = [...commitmentReceipts, ...revealed].flatMap((r) =>
    r.receipt ? [r.receipt as Signed<Receipt>] : [],
  );
  return { reveals, receipts };
}

/** The appointments of a drawn round, the requests' statuses and the confirmations. */
async function allocate(unit: UnitOfWork, row: LockedWindow, record: PublishedDraw, now: Date) {
  const { trx } = unit;
  const { date } = row;
  const places = new Map(record.capacities.map((c) => [c.port, c.places]));
  const byId = new Map(record.requests.map((r) => [r.id, r]));
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
  if (entries.length > 0) await unit.send(...(await confirmations(trx, date, now)));
  return entries.length;
}

/**
 * Draws the window's current round: the operator's seed is revealed, the observers' matching
 * reveals are combined with it under the round's signed terms, the lottery module allocates, and
 * the appointments, the request statuses and the published record are written in one
 * transaction. A window still open before its close, or a round still taking commitments, is
 * refused; one past its time is closed and its terms fixed first.
 */
export function drawWindow(services: Services, date: string, write: Write): Promise<DrawOutcome> {
  const now = services.clock();
  return inTransaction(services, write, async (unit): Promise<DrawOutcome> => {
    const { trx } = unit;
    const locked = await lockWindow(trx, date);
    if (!locked) return noWindow(date);
    if (locked.status === "drawn" || locked.status === "void") {
      return { ok: true, date, round: locked.round, status: locked.status, done: true };
    }
    const row = await settleLocked(services, unit, locked, now);
    if (row.terms === null) {
      return {
        ok: false,
        kind: "conflict",
        detail:
          row.status === "open"
            ? `The window of ${date} is open until ${row.closes_at.toISOString()}: close it first.`
            : `Round ${row.round} of ${date} takes commitments until ${commitmentsUntil(row).toISOString()}.`,
      };
    }
    const [requests, { reveals, receipts }] = await Promise.all([
      loadRequests(trx, date),
      roundInputs(unit, row),
    ]);
    // The reveal stage runs to its end unless every observer has revealed: a draw called early
    // would let the operator pick the moment, and so which reveals count (docs/lottery.md §9).
    const revealed = new Set(reveals.map((reveal) => reveal.party));
    const waiting = row.terms.signed.commitments.filter(
      (c) => c.party !== row.operator && !revealed.has(c.party),
    );
    if (waiting.length > 0 && now < row.draw_at) {
      return {
        ok: false,
        kind: "conflict",
        detail: `Round ${row.round} of ${date} takes reveals until ${row.draw_at.toISOString()}, and ${waiting.length} observer(s) have not revealed: the draw waits for them or for that time.`,
      };
    }
    const record = publishDraw({
      terms: row.terms,
      reveals: [...reveals, { party: row.operator, seed: row.operator_seed }],
      requests,
      receipts,
    });
    await trx
      .insertInto("lottery_rounds")
      .values({
        window_date: date,
        round: row.round,
        status: record.status,
        operator_commitment: row.operator_commitment,
        commitments_until: commitmentsUntil(row),
        draw_at: row.draw_at,
        terms_hash: record.termsHash,
        published: JSON.stringify(record),
        finished_at: now,
      })
      .execute();
    await trx
      .updateTable("lottery_windows")
      .set({
        status: record.status,
        published: JSON.stringify(record),
        drawn_at: now,
        drawn_by: write.actor,
      })
      .where("date", "=", date)
      .execute();
    const allocated = record.status === "drawn" ? await allocate(unit, row, record, now) : 0;
    const next = record.status === "void" ? await startNextRound(trx, row, now) : null;
    unit.audit({
      type: "lottery_window",
      id: date,
      action: "lottery.draw",
      details: {
        round: row.round,
        status: record.status,
        requests: requests.length,
        allocated,
        finalSeed: record.finalSeed,
        termsHash: record.termsHash,
        ...(next ? { nextRound: next.round, nextDrawAt: next.drawAt.toISOString() } : {}),
      },
    });
    return { ok: true, date, round: row.round, status: record.status, done: false };
  });
}
