/** The removal area's tables (migration 0012), added to the platform's `Database`. */
import type { ColumnType, Generated } from "kysely";

export const flightKinds = ["charter", "commercial"] as const;
export const flightStatuses = ["scheduled", "departed", "cancelled"] as const;
/** Where a person on a flight's manifest stands (the boarding outcomes are the last four). */
export const manifestStatuses = [
  "on_manifest",
  "blocked",
  "removed",
  "refused_to_board",
  "medical",
  "cancelled",
  "taken_off",
] as const;

export type FlightKind = (typeof flightKinds)[number];
export type FlightStatus = (typeof flightStatuses)[number];
export type ManifestStatus = (typeof manifestStatuses)[number];

/** A removal flight: ICE's charter or a commercial flight, to one country, at one time. */
export interface RemovalFlightsTable {
  id: Generated<string>;
  kind: FlightKind;
  carrier: string;
  flight_number: string;
  /** ISO 3166-1 alpha-2. */
  destination: string;
  /** IATA code of the airport it leaves from. */
  departure_airport: string;
  departs_at: Date;
  status: ColumnType<FlightStatus, FlightStatus | undefined, FlightStatus>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
}

/** A person on a flight's manifest; a blocked one keeps the guard's rule, citation and reason. */
export interface RemovalManifestTable {
  flight_id: string;
  case_id: string;
  status: ManifestStatus;
  blocked_rule: string | null;
  blocked_citation: string | null;
  blocked_reason: string | null;
  updated_at: Date;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    removal_flights: RemovalFlightsTable;
    removal_manifest: RemovalManifestTable;
  }
}
