/**
 * Docket benchmark (issue acceptance: 10,000 hearings): the p99 of a judge's day on the docket
 * (court/docket/store.ts `docketOf`, the route's own query) beside a bare indexed select (one slot
 * by its primary key), measured in the same run on the same PostgreSQL database. The slots come
 * from sessions cut as a clerk's would be, every one of them holding a hearing.
 * Needs PostgreSQL: DATABASE_URL, or postgres://root@127.0.0.1:5432/test; it creates a database
 * of its own and drops it after. Run alone: `node --import tsx bench/docket.ts`.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { addCalendarDays, isBusinessDay } from "../src/core/calendar.ts";
import { courts } from "../src/court/docket/courts.ts";
import { type CourtSession, sessionSlots } from "../src/court/docket/slots.ts";
import { docketOf } from "../src/court/docket/store.ts";
import { p99, timed, withBenchDatabase } from "./timing.ts";

const HEARINGS = Number(process.env.DOCKET_HEARINGS ?? 10_000);

export interface DocketResult {
  name: string;
  hearings: number;
  seedSeconds: number;
  baselineP99Ms: number;
  judgeDayP99Ms: number;
  ratio: number;
}

export function docketBench(): Promise<DocketResult> {
  return withBenchDatabase("haven_bench_docket", async (db) => {
    const seedStarted = performance.now();
    // Every judge of every court sits each working day: a master calendar of 16 slots.
    const sessions: CourtSession[] = [];
    const days: string[] = [];
    let slotsSoFar = 0;
    for (let day = "2026-01-05"; slotsSoFar < HEARINGS; day = addCalendarDays(day, 1)) {
      if (!isBusinessDay(day)) continue;
      days.push(day);
      for (const court of courts) {
        for (const judge of court.judges) {
          sessions.push({
            id: randomUUID(),
            court: court.id,
            judgeId: judge.id,
            room: court.rooms[court.judges.indexOf(judge) % court.rooms.length] ?? "1",
            day,
            start: "08:00",
            end: "12:00",
            kind: "master",
            slotMinutes: 15,
          });
          slotsSoFar += 16;
        }
      }
    }
    let hearings = 0;
    for (const session of sessions) {
      const court = courts.find((candidate) => candidate.id === session.court);
      if (!court) continue;
      const slots = sessionSlots(session, court).slice(0, HEARINGS - hearings);
      if (slots.length === 0) break;
      const persons = slots.map(() => ({
        id: randomUUID(),
        given_name: "Test",
        family_name: "Respondent",
        nationality: "RU",
        languages: ["ru"],
      }));
      const cases = persons.map((person, index) => ({
        id: randomUUID(),
        reference: `HVN-2026-${String(hearings + index).padStart(6, "0")}`,
        person_id: person.id,
        version: 1,
        state: "{}",
      }));
      await db.insertInto("persons").values(persons).execute();
      await db
        .insertInto("cases")
        .values(cases as never)
        .execute();
      await db
        .insertInto("court_sessions")
        .values({
          id: session.id,
          court: session.court,
          judge_id: session.judgeId,
          room: session.room,
          day: session.day,
          kind: session.kind,
          starts_at: new Date(slots[0]?.startsAt ?? 0),
          ends_at: new Date(Date.parse(slots.at(-1)?.startsAt ?? "") + 15 * 60_000),
          slot_minutes: session.slotMinutes,
          created_by: "bench",
          created_at: new Date(),
        })
        .execute();
      await db
        .insertInto("hearing_slots")
        .values(
          slots.map((slot, index) => ({
            id: slot.id,
            session_id: session.id,
            court: slot.court,
            judge_id: slot.judgeId,
            room: slot.room,
            kind: slot.kind,
            starts_at: new Date(slot.startsAt),
            case_id: cases[index]?.id ?? null,
            hearing_id: "h-1",
            booked_at: new Date(),
          })),
        )
        .execute();
      hearings += slots.length;
    }
    await sql`vacuum analyze`.execute(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const slotIds = (await db.selectFrom("hearing_slots").select("id").execute()).map((r) => r.id);

    let n = 0;
    const baseline = await timed(() =>
      db
        .selectFrom("hearing_slots")
        .select(["id", "starts_at"])
        .where("id", "=", slotIds[(n++ * 7) % slotIds.length] ?? "")
        .executeTakeFirst(),
    );
    const judges = courts.flatMap((court) => court.judges.map((judge) => ({ court, judge })));
    let m = 0;
    const judgeDay = await timed(() => {
      const { court, judge } = judges[m % judges.length] ?? { court: courts[0], judge: { id: "" } };
      const day = days[(m++ * 13) % days.length] ?? "2026-01-05";
      return docketOf(db, court ?? courts[0]!, day, { judgeId: judge.id });
    });
    const baselineP99Ms = p99(baseline);
    const judgeDayP99Ms = p99(judgeDay);
    return {
      name: "docket: a judge's day among 10,000 booked hearings (PostgreSQL)",
      hearings,
      seedSeconds,
      baselineP99Ms,
      judgeDayP99Ms,
      ratio: Number((judgeDayP99Ms / baselineP99Ms).toFixed(2)),
    };
  });
}

export function printDocket(result: DocketResult): void {
  console.log(
    [
      `\n${result.name}`,
      `  seeded:    ${result.hearings.toLocaleString("en-US")} hearings in their slots in ${result.seedSeconds.toFixed(1)} s`,
      `  baseline:  p99 ${result.baselineP99Ms.toFixed(2)} ms (one slot by primary key)`,
      `  judge day: p99 ${result.judgeDayP99Ms.toFixed(2)} ms (one judge's slots on one day; target under 50 ms), ratio ${result.ratio}`,
    ].join("\n"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printDocket(await docketBench());
}
