/**
 * Workspace benchmark (issue acceptance: 100,000 open worklist items on PostgreSQL): the p99 of a
 * worklist's first page at a post and of a name search, each beside a bare indexed select (one
 * case by its primary key) measured in the same run on the same database. The queries are the
 * routes' own (workspace/worklist.ts, workspace/search.ts), run in this process; HTTP, sessions
 * and JSON are the same for every route and measured by the surge benchmark.
 * Needs PostgreSQL: DATABASE_URL, or postgres://root@127.0.0.1:5432/test; it creates a database
 * of its own and drops it after. Run alone: `node --import tsx bench/workspace.ts`.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "kysely";
import { nameKeys, storedKeys } from "../src/workspace/nameKeys.ts";
import { searchCases } from "../src/workspace/search.ts";
import { worklistPage } from "../src/workspace/worklist.ts";
import { p99, timed, withBenchDatabase } from "./timing.ts";

const CASES = Number(process.env.WORKSPACE_CASES ?? 100_000);
const BATCH = 2_000;

const given = [
  "Dmitri",
  "Pavel",
  "Irina",
  "Yulia",
  "Taras",
  "Andrei",
  "Olga",
  "Sergei",
  "Maria",
  "Anna",
  "Oleksandr",
  "Natalia",
  "Viktor",
  "Elena",
  "Ivan",
  "Jose",
  "Maria Jose",
  "Luis",
  "Ana",
  "Carlos",
];
const family = [
  "Sergeyev",
  "Voronova",
  "Orlova",
  "Kovalenko",
  "Morozov",
  "Lebedev",
  "Petrov",
  "Ivanova",
  "Smirnov",
  "Kuznetsova",
  "Popov",
  "Sokolov",
  "Shevchenko",
  "Bondarenko",
  "Hernandez",
  "Garcia",
  "Lopez",
  "Martinez",
  "Volkov",
  "Novikova",
];
const ports = [
  "san_ysidro",
  "calexico",
  "nogales",
  "el_paso",
  "eagle_pass",
  "laredo",
  "hidalgo",
  "brownsville",
];
const facilities = [
  "otay-mesa-detention-center",
  "imperial-regional-detention-facility",
  "eloy-detention-center",
  "el-paso-service-processing-center",
];

export interface WorkspaceResult {
  name: string;
  cases: number;
  items: number;
  seedSeconds: number;
  baselineP99Ms: number;
  worklistP99Ms: number;
  searchP99Ms: number;
  worklistRatio: number;
  searchRatio: number;
}

export function workspaceBench(): Promise<WorkspaceResult> {
  return withBenchDatabase("haven_bench_ws", async (db) => {
    const seedStarted = performance.now();
    let items = 0;
    const start = Date.parse("2023-01-01T00:00:00Z");
    const ids: string[] = [];
    for (let offset = 0; offset < CASES; offset += BATCH) {
      const persons = [];
      const cases = [];
      const summaries = [];
      const work = [];
      const keys = [];
      for (let i = offset; i < Math.min(CASES, offset + BATCH); i += 1) {
        const personId = randomUUID();
        const caseId = randomUUID();
        ids.push(caseId);
        const givenName = given[i % given.length]!;
        const familyName = family[Math.floor(i / given.length) % family.length]!;
        persons.push({
          id: personId,
          a_number: String(100_000_000 + i),
          given_name: givenName,
          family_name: familyName,
          nationality: "RU",
          languages: ["ru"],
        });
        const reference = `HVN-2023-${String(i).padStart(6, "0")}`;
        cases.push({ id: caseId, reference, person_id: personId, version: 3, state: "{}" });
        const regions = { custody: "cbp_custody", protection: "none", removal: "no_order" };
        summaries.push({
          case_id: caseId,
          reference,
          person_id: personId,
          version: 3,
          regions: JSON.stringify(regions),
          last_event_at: new Date(start + i * 60_000),
          next_due_at: null,
        });
        const dueAt = new Date(start + ((i * 7919) % CASES) * 60_000);
        const atPort = i % 2 === 0;
        work.push({
          case_id: caseId,
          item: atPort ? "custody.cbp-disposition" : "removal.schedule",
          role: atPort ? "cbp_officer" : "ice_officer",
          post_kind: atPort ? ("port" as const) : ("facility" as const),
          post_id: atPort ? ports[i % ports.length]! : facilities[i % facilities.length]!,
          due_at: i % 10 === 0 ? null : dueAt,
          warn_at: null,
          rule_id: null,
        });
        items += 1;
        for (const key of storedKeys(nameKeys(givenName, familyName))) {
          keys.push({ key, reference, case_id: caseId });
        }
      }
      await db.insertInto("persons").values(persons).execute();
      await db
        .insertInto("cases")
        .values(cases as never)
        .execute();
      await db
        .insertInto("case_summaries")
        .values(summaries as never)
        .execute();
      await db.insertInto("worklist_items").values(work).execute();
      await db.insertInto("case_name_keys").values(keys).execute();
    }
    // As autovacuum would after a load: statistics, and the visibility map for index-only reads.
    await sql`vacuum analyze`.execute(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    let n = 0;
    const baseline = await timed(() =>
      db
        .selectFrom("cases")
        .select(["id", "reference"])
        .where("id", "=", ids[(n++ * 7) % ids.length]!)
        .executeTakeFirst(),
    );
    const officer = {
      role: "cbp_officer" as const,
      post: { kind: "port" as const, id: "el_paso" },
    };
    const worklist = await timed(() => worklistPage(db, officer, "post", 25, null));
    const names = [
      "Dmitri Sergeyev",
      "Сергеев Дмитрий",
      "Irina Voronova",
      "Hernandez",
      "Yuliya Orlova",
    ];
    let m = 0;
    const search = await timed(() => searchCases(db, names[m++ % names.length]!, null, 0, 20));
    const baselineP99Ms = p99(baseline);
    const worklistP99Ms = p99(worklist);
    const searchP99Ms = p99(search);
    return {
      name: "workspace: worklist first page and name search, 100,000 open items (PostgreSQL)",
      cases: CASES,
      items,
      seedSeconds,
      baselineP99Ms,
      worklistP99Ms,
      searchP99Ms,
      worklistRatio: Number((worklistP99Ms / baselineP99Ms).toFixed(2)),
      searchRatio: Number((searchP99Ms / baselineP99Ms).toFixed(2)),
    };
  });
}

export function printWorkspace(result: WorkspaceResult): void {
  console.log(
    [
      `\n${result.name}`,
      `  seeded:    ${result.cases.toLocaleString("en-US")} cases, ${result.items.toLocaleString("en-US")} open items in ${result.seedSeconds.toFixed(1)} s`,
      `  baseline:  p99 ${result.baselineP99Ms.toFixed(2)} ms (one case by primary key)`,
      `  worklist:  p99 ${result.worklistP99Ms.toFixed(2)} ms (a port's first page of 25; target under 50 ms), ratio ${result.worklistRatio}`,
      `  search:    p99 ${result.searchP99Ms.toFixed(2)} ms (a name, either script; target under 50 ms), ratio ${result.searchRatio}`,
    ].join("\n"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printWorkspace(await workspaceBench());
}
