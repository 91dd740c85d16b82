/**
 * The demo's docket: the court sessions its stories' hearings were scheduled into (in the past,
 * as the stories are), and sessions in the weeks after the demo is loaded, for a clerk to try.
 */
import { randomUUID } from "node:crypto";
import { addCalendarDays, dayOf, isBusinessDay } from "../core/calendar.ts";
import { courts, findCourt } from "../court/docket/courts.ts";
import { referencesIn } from "../court/docket/references.ts";
import { type CourtSession, type HearingSlot, sessionSlots } from "../court/docket/slots.ts";
import { addSession } from "../court/docket/store.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";

const session = (
  n: number,
  court: string,
  judge: number,
  room: string,
  day: string,
  [start, end]: [string, string],
  kind: CourtSession["kind"],
  slotMinutes: number,
): CourtSession => ({
  id: `00000000-d0c4-4e70-8000-${n.toString(16).padStart(12, "0")}`,
  court,
  judgeId: `ij-${court.replace(/^eoir-/, "")}-${judge}`,
  room,
  day,
  start,
  end,
  kind,
  slotMinutes,
});

const MORNING: [string, string] = ["08:00", "12:00"];

export const demoSessions: readonly CourtSession[] = [
  session(1, "eoir-san-francisco", 1, "2", "2022-09-14", MORNING, "master", 15),
  session(2, "eoir-san-francisco", 2, "3", "2024-06-11", MORNING, "individual", 60),
  session(3, "eoir-imperial", 1, "1", "2023-06-07", MORNING, "master", 15),
  session(4, "eoir-york", 1, "1", "2023-08-24", MORNING, "master", 15),
  session(5, "eoir-new-orleans", 1, "1", "2023-09-12", MORNING, "master", 15),
  session(6, "eoir-los-angeles", 1, "1", "2023-03-15", MORNING, "master", 15),
  session(7, "eoir-san-diego", 1, "1", "2022-12-28", MORNING, "master", 15),
  session(8, "eoir-san-diego", 1, "1", "2023-01-10", MORNING, "master", 15),
  session(9, "eoir-san-diego", 2, "2", "2023-01-30", MORNING, "individual", 60),
  session(10, "eoir-san-diego", 2, "2", "2023-02-01", MORNING, "individual", 60),
  session(11, "eoir-san-diego", 1, "1", "2023-02-01", MORNING, "master", 15),
];

let slots: readonly HearingSlot[] | null = null;

/** The demo sessions' slots (made when first asked for, once every module has loaded). */
export function demoSlots(): readonly HearingSlot[] {
  slots ??= demoSessions.flatMap((entry) => {
    const court = findCourt(entry.court);
    if (!court) throw new Error(`demo docket: no court ${entry.court}`);
    return sessionSlots(entry, court);
  });
  return slots;
}

/** The demo docket's slot at an instant in a court (the stories name their hearings so). */
export function demoSlotAt(court: string, at: string, kind?: CourtSession["kind"]): string {
  const slot = demoSlots().find(
    (candidate) =>
      candidate.court === court &&
      Date.parse(candidate.startsAt) === Date.parse(at) &&
      (kind === undefined || candidate.kind === kind),
  );
  if (!slot) throw new Error(`the demo docket has no ${kind ?? ""} slot at ${court} ${at}`);
  return slot.id;
}

/** What a decider is given for a command over the demo docket (the stories, unit tests). */
export const demoReferences = (command: { type: string }) => referencesIn(demoSlots())(command);

/**
 * Loads the demo docket: the stories' sessions, and for each court a master calendar in the
 * morning and individual hearings in the afternoon on its ten working days from today.
 */
export async function seedDemoDocket(services: Services): Promise<void> {
  const loaded = await services.db
    .selectFrom("court_sessions")
    .select("id")
    .where("id", "=", demoSessions[0]?.id ?? "")
    .executeTakeFirst();
  if (loaded) return;
  const now = services.clock();
  const coming: CourtSession[] = [];
  for (const court of courts) {
    let day = dayOf(now.toISOString(), court.timeZone);
    for (let added = 0; added < 10; day = addCalendarDays(day, 1)) {
      if (!isBusinessDay(day)) continue;
      added += 1;
      // A day the stories already sat on (a demo loaded with its clock in their past) keeps theirs.
      if (demoSessions.some((entry) => entry.court === court.id && entry.day === day)) continue;
      const [first, second] = court.judges;
      if (!first || !second) continue;
      coming.push(
        {
          id: randomUUID(),
          court: court.id,
          judgeId: first.id,
          room: "1",
          day,
          start: "08:30",
          end: "11:30",
          kind: "master",
          slotMinutes: 15,
        },
        {
          id: randomUUID(),
          court: court.id,
          judgeId: second.id,
          room: "2",
          day,
          start: "13:00",
          end: "17:00",
          kind: "individual",
          slotMinutes: 120,
        },
      );
    }
  }
  const write = { actor: "system:demo", action: "court.session.create" };
  await inTransaction(services, write, async (unit) => {
    for (const entry of [...demoSessions, ...coming]) {
      const court = findCourt(entry.court);
      if (!court) throw new Error(`demo docket: no court ${entry.court}`);
      const added = await addSession(unit.trx, entry, court, write.actor, now);
      if (!added.ok) throw new Error(`demo docket: ${added.detail}`);
    }
    unit.audit({
      type: "court-docket",
      id: null,
      details: { sessions: demoSessions.length + coming.length },
    });
    return { ok: true };
  });
}
