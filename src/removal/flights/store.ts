/** The removal flights' queries: flights, their manifests, and the cases on them. */
import { type Kysely, sql, type Transaction } from "kysely";
import { nativeName } from "../../cases/persons.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { ManifestStatus } from "../tables.ts";
import type { Flight } from "./schemas.ts";

type Db = Kysely<Database> | Transaction<Database>;

const flightColumns = [
  "id",
  "kind",
  "carrier",
  "flight_number",
  "destination",
  "departure_airport",
  "departs_at",
  "status",
  "created_at",
] as const;

/** The people a flight's list counts: everyone put on it, but those taken off or called off. */
const LISTED: ManifestStatus[] = [
  "on_manifest",
  "blocked",
  "removed",
  "refused_to_board",
  "medical",
];

function flightsWithCounts(db: Db) {
  return db
    .selectFrom("removal_flights as f")
    .select(flightColumns.map((column) => `f.${column}` as const))
    .select((eb) => [
      eb
        .selectFrom("removal_manifest as m")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("m.flight_id", "=", "f.id")
        .where("m.status", "in", LISTED)
        .as("people"),
      eb
        .selectFrom("removal_manifest as m")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("m.flight_id", "=", "f.id")
        .where("m.status", "=", "blocked")
        .as("blocked"),
    ]);
}

type CountedRow = Awaited<
  ReturnType<ReturnType<typeof flightsWithCounts>["executeTakeFirstOrThrow"]>
>;

export function toFlight(row: CountedRow): Flight {
  return {
    id: row.id,
    kind: row.kind,
    carrier: row.carrier,
    flightNumber: row.flight_number,
    destination: row.destination,
    departureAirport: row.departure_airport,
    departsAt: row.departs_at.toISOString(),
    status: row.status,
    createdAt: row.created_at.toISOString(),
    people: Number(row.people ?? 0),
    blocked: Number(row.blocked ?? 0),
  };
}

export async function insertFlight(
  trx: Db,
  flight: {
    id?: string;
    kind: Flight["kind"];
    carrier: string;
    flightNumber: string;
    destination: string;
    departureAirport: string;
    departsAt: Date;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto("removal_flights")
    .values({
      ...(flight.id ? { id: flight.id } : {}),
      kind: flight.kind,
      carrier: flight.carrier,
      flight_number: flight.flightNumber,
      destination: flight.destination,
      departure_airport: flight.departureAirport,
      departs_at: flight.departsAt,
      created_by: flight.createdBy,
      created_at: flight.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One flight with its counts, or undefined. */
export async function findFlight(db: Db, id: string): Promise<Flight | undefined> {
  const row = await flightsWithCounts(db).where("f.id", "=", id).executeTakeFirst();
  return row ? toFlight(row) : undefined;
}

/** The flight's row, locked until the transaction ends: writes to one flight go one at a time. */
export async function lockFlight(trx: Transaction<Database>, id: string) {
  return trx
    .selectFrom("removal_flights")
    .select(["id", "destination", "departs_at", "status"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setFlightStatus(
  trx: Transaction<Database>,
  id: string,
  status: Flight["status"],
): Promise<void> {
  await trx.updateTable("removal_flights").set({ status }).where("id", "=", id).execute();
}

/**
 * A page of flights: those still to depart first, soonest first; then the others, latest first.
 */
export async function listFlights(db: Db, now: Date, limit: number, offset: number) {
  const upcoming = sql<boolean>`(f.status = 'scheduled' and f.departs_at >= ${now})`;
  const rows = await flightsWithCounts(db)
    .orderBy(sql`${upcoming} desc`)
    .orderBy(sql`case when ${upcoming} then f.departs_at end asc`)
    .orderBy("f.departs_at", "desc")
    .orderBy("f.id")
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await db
    .selectFrom("removal_flights")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return { flights: rows.map(toFlight), total: Number(total.n) };
}

/** The flight's manifest: each person's case, name and state, in case-reference order. */
export async function manifestOf(db: Db, flightId: string) {
  const rows = await db
    .selectFrom("removal_manifest as m")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("persons as p", "p.id", "c.person_id")
    .select([
      "m.case_id",
      "m.status",
      "m.blocked_rule",
      "m.blocked_citation",
      "m.blocked_reason",
      "m.updated_at",
      "c.reference",
      "c.state",
      "p.given_name",
      "p.family_name",
      "p.native_given_name",
      "p.native_family_name",
      "p.nationality",
    ])
    .where("m.flight_id", "=", flightId)
    .orderBy("c.reference")
    .execute();
  return rows.map((row) => ({
    ...row,
    displayName: `${row.given_name} ${row.family_name}`,
    nativeName: nativeName(row),
  }));
}

export async function lockManifestRow(
  trx: Transaction<Database>,
  flightId: string,
  caseId: string,
) {
  return trx
    .selectFrom("removal_manifest")
    .selectAll()
    .where("flight_id", "=", flightId)
    .where("case_id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
}

export interface ManifestWrite {
  flightId: string;
  caseId: string;
  status: ManifestStatus;
  blocked?: { rule: string; citation: string; reason: string } | null;
  at: Date;
}

/** Writes where a person stands on a flight (a row per flight and case). */
export async function writeManifestRow(trx: Db, row: ManifestWrite): Promise<void> {
  const values = {
    status: row.status,
    blocked_rule: row.blocked?.rule ?? null,
    blocked_citation: row.blocked?.citation ?? null,
    blocked_reason: row.blocked?.reason ?? null,
    updated_at: row.at,
  };
  await trx
    .insertInto("removal_manifest")
    .values({ flight_id: row.flightId, case_id: row.caseId, ...values })
    .onConflict((conflict) => conflict.columns(["flight_id", "case_id"]).doUpdateSet(values))
    .execute();
}

/** The case with this reference, if there is one. */
export async function caseIdByReference(db: Db, reference: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("cases")
    .select("id")
    .where("reference", "=", reference)
    .executeTakeFirst();
  return row?.id;
}
