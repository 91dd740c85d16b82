/**
 * Held-list benchmark (issue 22, finding 5): 80 registrations held for review, each of 8 people
 * who share a date of birth and a given name with the people of all the others, the officer's
 * first page of the list (registrations/heldList.ts, the route's own reads: the page and the
 * count) beside a bare indexed select (one registration by its primary key), measured in the same
 * run on the same PostgreSQL database. The registrations go through the real batch writer, which
 * stores each one's matches when it is held.
 * Needs PostgreSQL: DATABASE_URL, or postgres://root@127.0.0.1:5432/test; it creates a database
 * of its own and drops it after. Run alone: `node --import tsx bench/heldRegistrations.ts`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { decodeCursor, type HeldCursor } from "../src/appointments/registrations/heldCursor.ts";
import { heldCount, heldRegistrations } from "../src/appointments/registrations/heldList.ts";
import { writeRegistrations } from "../src/appointments/registrations/writeBatch.ts";
import { namesakeRegistrations } from "../src/appointments/testing/namesakes.ts";
import { p99, timed, withBenchDatabase } from "./timing.ts";

const HELD = 80;
const PAGE = 25;

export interface HeldResult {
  name: string;
  held: number;
  storedMatches: number;
  seedSeconds: number;
  baselineP99Ms: number;
  firstPageP99Ms: number;
  lastPageP99Ms: number;
  ratio: number;
}

export function heldRegistrationsBench(): Promise<HeldResult> {
  return withBenchDatabase("haven_bench_held", async (db) => {
    const seedStarted = performance.now();
    const jobs = await namesakeRegistrations(db, {
      count: HELD + 1,
      domain: "bench.haven",
      from: "2026-11-24T18:00:00Z",
      spacingMs: 60_000,
    });
    // One at a time, as the registrations of one person's namesakes would come over a day.
    for (const job of jobs) await writeRegistrations(db, [job]);
    await sql`vacuum analyze`.execute(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const held = await heldCount(db);
    const stored = await db
      .selectFrom("registration_matches")
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .executeTakeFirstOrThrow();
    const ids = (await db.selectFrom("appointment_registrations").select("id").execute()).map(
      (row) => row.id,
    );
    // The cursor of the last page: the one a request after all the others would carry.
    let lastCursor: HeldCursor | null = null;
    for (let page = await heldRegistrations(db, { limit: PAGE, after: null }); page.next; ) {
      const cursor = decodeCursor(page.next);
      page = await heldRegistrations(db, { limit: PAGE, after: cursor });
      if (page.next === null) break;
      lastCursor = decodeCursor(page.next);
    }

    let n = 0;
    const baseline = await timed(() =>
      db
        .selectFrom("appointment_registrations")
        .select(["id", "status"])
        .where("id", "=", ids[(n++ * 7) % ids.length] ?? "")
        .executeTakeFirst(),
    );
    const first = await timed(() =>
      Promise.all([heldRegistrations(db, { limit: PAGE, after: null }), heldCount(db)]),
    );
    const last = await timed(() =>
      Promise.all([
        heldRegistrations(db, {
          limit: PAGE,
          after: lastCursor,
        }),
        heldCount(db),
      ]),
    );
    const baselineP99Ms = p99(baseline);
    const firstPageP99Ms = p99(first);
    return {
      name: `held registrations: the officer's page of ${PAGE} among ${HELD} held, 8 namesakes each (PostgreSQL)`,
      held,
      storedMatches: Number(stored.rows),
      seedSeconds,
      baselineP99Ms,
      firstPageP99Ms,
      lastPageP99Ms: p99(last),
      ratio: Number((firstPageP99Ms / baselineP99Ms).toFixed(2)),
    };
  });
}

export function printHeldRegistrations(result: HeldResult): void {
  console.log(
    [
      `\n${result.name}`,
      `  seeded:     ${result.held} held registrations, ${result.storedMatches.toLocaleString("en-US")} stored matches, in ${result.seedSeconds.toFixed(1)} s`,
      `  baseline:   p99 ${result.baselineP99Ms.toFixed(2)} ms (one registration by primary key)`,
      `  first page: p99 ${result.firstPageP99Ms.toFixed(2)} ms (the page and the count), ratio ${result.ratio}`,
      `  last page:  p99 ${result.lastPageP99Ms.toFixed(2)} ms (after the cursor)`,
    ].join("\n"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printHeldRegistrations(await heldRegistrationsBench());
}
