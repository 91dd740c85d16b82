/**
 * Removal flights as ICE keeps them: a flight is created with its destination and departure, and
 * read with its manifest. Each person on it is shown with where they stand; one the due-process
 * guard bars at the flight's departure shows as blocked, with the rule, its citation and the
 * reason, whether the guard refused them when they were put on it or bars them since.
 */
import type { Kysely } from "kysely";
import { dayOf } from "../../core/calendar.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { recordedPolicyTimeline } from "../../policy/context.ts";
import { removalBlocker } from "../guard.ts";
import { type RemovalView, travelDocumentValid } from "../state.ts";
import type { CreateFlightBody, Flight, FlightView, ManifestEntry } from "./schemas.ts";
import { findFlight, insertFlight, manifestOf } from "./store.ts";

export const FLIGHT_MISSING: Failure = {
  ok: false,
  kind: "missing",
  code: "flight-not-found",
  detail: "The removal flight was not found.",
};

export async function createFlight(
  services: Services,
  write: Write,
  input: CreateFlightBody & { id?: string },
): Promise<{ ok: true; flight: Flight }> {
  return inTransaction(services, write, async (unit) => {
    const id = await insertFlight(unit.trx, {
      ...input,
      departsAt: new Date(input.departsAt),
      createdBy: write.actor,
      createdAt: services.clock(),
    });
    unit.audit({
      type: "removal_flight",
      id,
      details: { destination: input.destination, departsAt: input.departsAt },
    });
    const flight = await findFlight(unit.trx, id);
    if (!flight) throw new Error("the flight just written is not there");
    return { ok: true as const, flight };
  });
}

/** The flight and its manifest, each blocked person with why; null when there is no such flight. */
export async function readFlight(db: Kysely<Database>, id: string): Promise<FlightView | null> {
  const flight = await findFlight(db, id);
  if (!flight) return null;
  const [rows, policyAt] = await Promise.all([manifestOf(db, id), recordedPolicyTimeline(db)]);
  const atDeparture = policyAt(flight.departsAt);
  const manifest = rows.map((row): ManifestEntry => {
    const stored =
      row.status === "blocked" && row.blocked_rule
        ? {
            rule: row.blocked_rule,
            citation: row.blocked_citation ?? "",
            reason: row.blocked_reason ?? "",
          }
        : null;
    const now =
      row.status === "on_manifest"
        ? removalBlocker(row.state as unknown as RemovalView, flight.destination, atDeparture)
        : null;
    const blocked =
      stored ?? (now ? { rule: now.rule, citation: now.citation, reason: now.message } : null);
    const document = (row.state as unknown as RemovalView).travelDocument ?? null;
    return {
      caseId: row.case_id,
      reference: row.reference,
      displayName: row.displayName,
      nativeName: row.nativeName,
      nationality: row.nationality,
      status: blocked ? "blocked" : row.status,
      blocked,
      travelDocument: document
        ? {
            ...document,
            validForFlight: travelDocumentValid(
              document,
              flight.destination,
              dayOf(flight.departsAt),
            ),
          }
        : null,
      updatedAt: row.updated_at.toISOString(),
    };
  });
  return { flight, manifest };
}
