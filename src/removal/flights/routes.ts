/**
 * ICE's removal flights: create one, list them, read one with its manifest, put a case on it,
 * record each person's boarding outcome, cancel it. Every route needs `removal.flights` (ICE
 * officers); every write is one transaction with the audit action it declares.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../../platform/http/problem.ts";
import { problemSchema } from "../../platform/http/schemas.ts";
import type { Services } from "../../platform/services.ts";
import { createFlight, FLIGHT_MISSING, readFlight } from "./flights.ts";
import { addToManifest, cancelFlight, recordOutcome } from "./manifest.ts";
import {
  addToManifestBody,
  cancelFlightBody,
  createFlightBody,
  flightListQuery,
  flightListSchema,
  flightParams,
  flightSchema,
  flightViewSchema,
  manifestEntrySchema,
  manifestParams,
  outcomeBody,
} from "./schemas.ts";
import { caseIdByReference, listFlights } from "./store.ts";

const access = { permission: "removal.flights" } as const;

const CASE_NOT_FOUND = {
  ok: false as const,
  kind: "missing" as const,
  code: "case-not-found",
  detail: "No case has that reference.",
};

export function removalFlightRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;

  /** The person's line of the manifest, as the flight's read shows it after a write. */
  const entryOf = async (flightId: string, caseId: string) => {
    const view = await readFlight(db, flightId);
    const entry = view?.manifest.find((candidate) => candidate.caseId === caseId);
    if (!entry) throw new Error("the manifest row just written is not there");
    return entry;
  };

  return async (app) => {
    app.post(
      "/api/removal-flights",
      {
        config: { access, audit: { kind: "write", action: "removal.flight.create" } },
        schema: {
          tags: ["removal"],
          summary: "Create a removal flight: a charter or commercial flight to one country",
          body: createFlightBody,
          response: { 201: flightSchema, 400: problemSchema },
        },
      },
      async (request, reply) => {
        const created = await createFlight(services, writeOf(request), request.body);
        return reply.status(201).send(created.flight);
      },
    );

    app.get(
      "/api/removal-flights",
      {
        config: {
          access,
          audit: { kind: "none", why: "flights and their counts hold no personal data" },
        },
        schema: {
          tags: ["removal"],
          summary: "Removal flights: those still to depart first, soonest first; then the others",
          querystring: flightListQuery,
          response: { 200: flightListSchema, 400: problemSchema },
        },
      },
      async (request) =>
        listFlights(db, services.clock(), request.query.limit, request.query.offset),
    );

    app.get(
      "/api/removal-flights/:id",
      {
        config: { access, audit: { kind: "read", action: "removal.flight.read" } },
        schema: {
          tags: ["removal"],
          summary:
            "A removal flight and its manifest: each person's status, and for a blocked one the guard's rule, citation and reason",
          params: flightParams,
          response: { 200: flightViewSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const view = await readFlight(db, request.params.id);
        if (!view) return sendProblem(reply, failureProblem(FLIGHT_MISSING));
        request.auditSubject = {
          type: "removal_flight",
          id: view.flight.id,
          details: { people: view.manifest.length },
        };
        return view;
      },
    );

    app.post(
      "/api/removal-flights/:id/manifest",
      {
        config: { access, audit: { kind: "write", action: "removal.manifest.add" } },
        schema: {
          tags: ["removal"],
          summary:
            "Put a case on the flight: its removal is scheduled on it, or it shows blocked with the guard's reason",
          description:
            "The due-process guard runs with the policy in force when the flight departs and the flight's destination. A person it bars is put on the manifest as blocked, with the rule, its citation and the reason, and their case is left as it was.",
          params: flightParams,
          body: addToManifestBody,
          response: {
            200: manifestEntrySchema,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const caseId = await caseIdByReference(db, request.body.caseReference);
        if (!caseId) return sendProblem(reply, failureProblem(CASE_NOT_FOUND));
        const outcome = await addToManifest(services, writeOf(request), {
          flightId: request.params.id,
          caseId,
        });
        if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
        return entryOf(request.params.id, outcome.caseId);
      },
    );

    app.post(
      "/api/removal-flights/:id/manifest/:caseId/outcome",
      {
        config: { access, audit: { kind: "write", action: "removal.manifest.outcome" } },
        schema: {
          tags: ["removal"],
          summary:
            "Record what became of a person at boarding: removed, refused to board, medical, or taken off the flight",
          description:
            "Removed runs the due-process guard again at the flight's departure: a person it bars is refused (422, naming the rule). An outcome already on record is a conflict (409).",
          params: manifestParams,
          body: outcomeBody,
          response: {
            200: manifestEntrySchema,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const outcome = await recordOutcome(services, writeOf(request), {
          flightId: request.params.id,
          caseId: request.params.caseId,
          outcome: body.outcome,
          reason: body.outcome === "cancelled" ? body.reason : undefined,
          detail:
            body.outcome === "refused_to_board" || body.outcome === "medical" ? body.detail : null,
        });
        if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
        return entryOf(request.params.id, outcome.caseId);
      },
    );

    app.post(
      "/api/removal-flights/:id/cancel",
      {
        config: { access, audit: { kind: "write", action: "removal.flight.cancel" } },
        schema: {
          tags: ["removal"],
          summary:
            "Cancel a flight that has not left: the removal of everyone on it is called off, with the reason",
          params: flightParams,
          body: cancelFlightBody,
          response: {
            200: z.object({ flight: flightSchema, cancelled: z.number().int() }),
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await cancelFlight(services, writeOf(request), {
          flightId: request.params.id,
          reason: request.body.reason,
        });
        if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
        const view = await readFlight(db, request.params.id);
        if (!view) return sendProblem(reply, failureProblem(FLIGHT_MISSING));
        return { flight: view.flight, cancelled: outcome.cancelled };
      },
    );
  };
}
