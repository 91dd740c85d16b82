import { type Kysely, sql } from "kysely";

/**
 * The worklist read in pages, what is due first first: items with no due time come last, and
 * the case and item break ties, so a page's last row is the next page's cursor. One index for a
 * post's list and one for a role's whole list. Items compare byte by byte ("C"), as the server
 * merges a post's page with the page of items that have no post yet. An item may also carry the instant it becomes
 * urgent (a standard's warning point, e.g. 60 of CBP's 72 hours).
 */
const facilities = [
  ["otay-mesa-detention-center", "Otay Mesa Detention Center"],
  ["imperial-regional-detention-facility", "Imperial Regional Detention Facility"],
  ["adelanto-ice-processing-center", "Adelanto ICE Processing Center"],
  ["eloy-detention-center", "Eloy Detention Center"],
  ["el-paso-service-processing-center", "El Paso Service Processing Center"],
  ["south-texas-ice-processing-center", "South Texas ICE Processing Center"],
  ["port-isabel-service-processing-center", "Port Isabel Service Processing Center"],
  ["lasalle-ice-processing-center", "LaSalle ICE Processing Center"],
  ["krome-north-service-processing-center", "Krome North Service Processing Center"],
  ["moshannon-valley-processing-center", "Moshannon Valley Processing Center"],
];
const courts = [
  ["eoir-san-diego", "San Diego Immigration Court"],
  ["eoir-imperial", "Imperial Immigration Court"],
  ["eoir-otay-mesa", "Otay Mesa Immigration Court"],
  ["eoir-los-angeles", "Los Angeles Immigration Court"],
  ["eoir-san-francisco", "San Francisco Immigration Court"],
  ["eoir-el-paso", "El Paso Immigration Court"],
  ["eoir-new-orleans", "New Orleans Immigration Court"],
  ["eoir-york", "York Immigration Court"],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Posts named as the cases name facilities and courts, so a post's worklist finds its items.
  for (const [kind, rows] of [
    ["facility", facilities],
    ["court", courts],
  ] as const) {
    for (const [id, name] of rows) {
      await sql`insert into posts (kind, id, name) values (${kind}, ${id}, ${name})
        on conflict do nothing`.execute(db);
    }
  }
  await sql`alter table worklist_items add column warn_at timestamptz`.execute(db);
  await sql`
    alter table worklist_items
      add column due_order timestamptz generated always as
        (coalesce(due_at, 'infinity'::timestamptz)) stored`.execute(db);
  await sql`drop index worklist_items_by_post`.execute(db);
  await sql`
    create index worklist_items_by_post
      on worklist_items (role, post_kind, post_id, due_order, case_id, item collate "C")`.execute(
    db,
  );
  await sql`
    create index worklist_items_by_role
      on worklist_items (role, due_order, case_id, item collate "C")`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index worklist_items_by_role`.execute(db);
  await sql`drop index worklist_items_by_post`.execute(db);
  await sql`alter table worklist_items drop column due_order`.execute(db);
  await sql`alter table worklist_items drop column warn_at`.execute(db);
  await sql`
    create index worklist_items_by_post on worklist_items (role, post_kind, post_id, due_at)`.execute(
    db,
  );
}
