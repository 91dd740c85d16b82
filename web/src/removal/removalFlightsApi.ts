/**
 * ICE's removal flights as the web reads and writes them, typed with the server's own schemas
 * (src/removal/flights/schemas.ts).
 */
import type {
  BoardingOutcome,
  CreateFlightBody,
  Flight,
  FlightList,
  FlightView,
  ManifestEntry,
} from "../../../src/removal/flights/schemas.ts";
import { ApiError, getJson, postJson } from "../platform/http.ts";

export type { BoardingOutcome, CreateFlightBody, Flight, FlightList, FlightView, ManifestEntry };
export type FlightStatus = Flight["status"];
export type FlightKind = Flight["kind"];
export type ManifestStatus = ManifestEntry["status"];
export type Blocker = NonNullable<ManifestEntry["blocked"]>;

/** Flights on one page of the list. */
export const FLIGHTS_PAGE = 20;
/** The longest reason or detail the API takes. */
export const TEXT_MAX_LENGTH = 2000;

export function listFlights(offset: number, signal?: AbortSignal): Promise<FlightList> {
  return getJson<FlightList>(`/api/removal-flights?limit=${FLIGHTS_PAGE}&offset=${offset}`, signal);
}

export function getFlight(id: string, signal?: AbortSignal): Promise<FlightView> {
  return getJson<FlightView>(`/api/removal-flights/${encodeURIComponent(id)}`, signal);
}

export function createFlight(body: CreateFlightBody): Promise<Flight> {
  return postJson<Flight>("/api/removal-flights", body);
}

/** Puts a case on the flight by its reference: on the manifest, or blocked with the reason. */
export function addToManifest(flightId: string, caseReference: string): Promise<ManifestEntry> {
  return postJson<ManifestEntry>(`/api/removal-flights/${encodeURIComponent(flightId)}/manifest`, {
    caseReference,
  });
}

export function recordOutcome(
  flightId: string,
  caseId: string,
  outcome: BoardingOutcome,
  reason?: string,
): Promise<ManifestEntry> {
  const body = outcome === "cancelled" ? { outcome, reason } : { outcome };
  return postJson<ManifestEntry>(
    `/api/removal-flights/${encodeURIComponent(flightId)}/manifest/${encodeURIComponent(caseId)}/outcome`,
    body,
  );
}

export function cancelFlight(
  flightId: string,
  reason: string,
): Promise<{ flight: Flight; cancelled: number }> {
  return postJson(`/api/removal-flights/${encodeURIComponent(flightId)}/cancel`, { reason });
}

/** The rule a refusal (422) names, with its citation, as the guard gave them. */
export function refusalOf(
  error: unknown,
): { rule: string; citation: string; detail: string } | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const problem = error.problem as { rule?: string; citation?: string; detail?: string } | null;
  return problem?.rule
    ? { rule: problem.rule, citation: problem.citation ?? "", detail: problem.detail ?? "" }
    : null;
}
