import { type Kysely, sql, type Transaction } from "kysely";
import { addCalendarDays, startOfDayInstant } from "../../core/calendar.ts";
import type { Database } from "../../platform/database/schema.ts";
import { type Court, findCourt } from "./courts.ts";
import { type CourtSession, type HearingSlot, instantOf, sessionSlots } from "./slots.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** A slot as the docket shows it: the hearing it holds, if any. */
export interface DocketSlot extends HearingSlot {
  hearing: { caseId: string; hearingId: string } | null;
}

export type SessionAdded =
  | { ok: true; session: CourtSession; slots: HearingSlot[] }
  | { ok: false; kind: "conflict"; detail: string };

/**
 * Adds a session and its slots, unless the judge or the courtroom already sits then. Sessions of
 * one court and day are added one at a time (a transaction lock), so two clerks cannot both
 * put the same judge in two rooms at once.
 */
export async function addSession(
  trx: Transaction<Database>,
  session: CourtSession,
  court: Court,
  by: string,
  now: Date,
): Promise<SessionAdded> {
  const slots = sessionSlots(session, court);
  const startsAt = new Date(slots[0]?.startsAt ?? now);
  const last = slots.at(-1);
  const endsAt = new Date(new Date(last?.startsAt ?? now).getTime() + session.slotMinutes * 60_000);
  await sql`select pg_advisory_xact_lock(hashtext(${`docket:${session.court}:${session.day}`}))`.execute(
    trx,
  );
  const clash = await trx
    .selectFrom("court_sessions")
    .select(["judge_id", "room"])
    .where("court", "=", session.court)
    .where("day", "=", session.day)
    .where((eb) => eb.or([eb("judge_id", "=", session.judgeId), eb("room", "=", session.room)]))
    .where("starts_at", "<", endsAt)
    .where("ends_at", ">", startsAt)
    .executeTakeFirst();
  if (clash) {
    const who =
      clash.judge_id === session.judgeId
        ? `The judge ${session.judgeId} already sits`
        : `Courtroom ${session.room} is already in use`;
    return { ok: false, kind: "conflict", detail: `${who} at that time on ${session.day}.` };
  }
  await trx
    .insertInto("court_sessions")
    .values({
      id: session.id,
      court: session.court,
      judge_id: session.judgeId,
      room: session.room,
      day: session.day,
      kind: session.kind,
      starts_at: startsAt,
      ends_at: endsAt,
      slot_minutes: session.slotMinutes,
      created_by: by,
      created_at: now,
    })
    .execute();
  await trx
    .insertInto("hearing_slots")
    .values(
      slots.map((slot) => ({
        id: slot.id,
        session_id: slot.sessionId,
        court: slot.court,
        judge_id: slot.judgeId,
        room: slot.room,
        kind: slot.kind,
        starts_at: new Date(slot.startsAt),
        case_id: null,
        hearing_id: null,
        booked_at: null,
      })),
    )
    .execute();
  return { ok: true, session, slots };
}

function toSlot(row: {
  id: string;
  session_id: string;
  court: string;
  judge_id: string;
  room: string;
  kind: HearingSlot["kind"];
  starts_at: Date;
  case_id: string | null;
  hearing_id: string | null;
}): DocketSlot {
  return {
    id: row.id,
    sessionId: row.session_id,
    court: row.court,
    judgeId: row.judge_id,
    room: row.room,
    kind: row.kind,
    startsAt: instantOf(row.starts_at.getTime()),
    timeZone: findCourt(row.court)?.timeZone ?? "UTC",
    hearing:
      row.case_id && row.hearing_id ? { caseId: row.case_id, hearingId: row.hearing_id } : null,
  };
}

const SLOT_COLUMNS = [
  "id",
  "session_id",
  "court",
  "judge_id",
  "room",
  "kind",
  "starts_at",
  "case_id",
  "hearing_id",
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findSlot(db: Db, id: string): Promise<DocketSlot | null> {
  if (!UUID.test(id)) return null;
  const row = await db
    .selectFrom("hearing_slots")
    .select(SLOT_COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toSlot(row) : null;
}

/** A court's slots on one of its days, in order: one judge's, or free ones only, if asked. */
export async function docketOf(
  db: Db,
  court: Court,
  day: string,
  filter: { judgeId?: string; free?: boolean; kind?: HearingSlot["kind"] } = {},
): Promise<DocketSlot[]> {
  let query = db
    .selectFrom("hearing_slots")
    .select(SLOT_COLUMNS)
    .where("court", "=", court.id)
    .where("starts_at", ">=", new Date(startOfDayInstant(day, court.timeZone)))
    .where("starts_at", "<", new Date(startOfDayInstant(addCalendarDays(day, 1), court.timeZone)));
  if (filter.judgeId) query = query.where("judge_id", "=", filter.judgeId);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.free) query = query.where("case_id", "is", null);
  const rows = await query.orderBy("starts_at").orderBy("judge_id").execute();
  return rows.map(toSlot);
}

/**
 * Books the slot for the case's hearing if it is still free, after freeing the slot the hearing
 * held before (a hearing moved to another slot). False when another hearing has it: two clerks
 * booking one slot at once, the second finds it taken.
 */
export async function bookSlot(
  trx: Transaction<Database>,
  slotId: string,
  hearing: { caseId: string; hearingId: string },
  now: Date,
): Promise<boolean> {
  await trx
    .updateTable("hearing_slots")
    .set({ case_id: null, hearing_id: null, booked_at: null })
    .where("case_id", "=", hearing.caseId)
    .where("hearing_id", "=", hearing.hearingId)
    .where("id", "<>", slotId)
    .execute();
  const booked = await trx
    .updateTable("hearing_slots")
    .set({ case_id: hearing.caseId, hearing_id: hearing.hearingId, booked_at: now })
    .where("id", "=", slotId)
    .where((eb) =>
      eb.or([
        eb("case_id", "is", null),
        eb.and([eb("case_id", "=", hearing.caseId), eb("hearing_id", "=", hearing.hearingId)]),
      ]),
    )
    .executeTakeFirst();
  return Number(booked.numUpdatedRows) === 1;
}
