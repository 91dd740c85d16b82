/**
 * The courts and their dockets: the list of courts with their zones, rooms and judges; a court's
 * slots on a day (a judge's day, or the free slots a clerk books from); and a clerk's new session.
 * Dockets name cases by id only, for the court's own staff and DHS counsel.
 */
import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { localTime } from "../../notices/timeZones.ts";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, invalidRequest, sendProblem } from "../../platform/http/problem.ts";
import { problemSchema } from "../../platform/http/schemas.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction } from "../../platform/work.ts";
import { courts, findCourt } from "./courts.ts";
import {
  courtParams,
  courtSchema,
  docketQuery,
  docketSchema,
  sessionBody,
  sessionCreatedSchema,
} from "./schemas.ts";
import { sessionProblem } from "./slots.ts";
import { addSession, type DocketSlot, docketOf } from "./store.ts";

const COURT_MISSING = {
  ok: false as const,
  kind: "missing" as const,
  code: "court-not-found",
  detail: "There is no such immigration court.",
};

const view = (slot: Omit<DocketSlot, "hearing"> & { hearing?: DocketSlot["hearing"] }) => ({
  id: slot.id,
  startsAt: slot.startsAt,
  time: localTime(slot.startsAt, slot.timeZone).time,
  kind: slot.kind,
  judgeId: slot.judgeId,
  room: slot.room,
  hearing: slot.hearing ?? null,
});

export function docketRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/courts",
      {
        config: {
          access: { permission: "docket.read" },
          audit: { kind: "none", why: "the courts' names, zones, rooms and judges: no case data" },
        },
        schema: {
          tags: ["court"],
          summary: "The immigration courts, with their time zones, courtrooms and judges",
          response: { 200: z.object({ courts: z.array(courtSchema) }) },
        },
      },
      async () => ({
        courts: courts.map((court) => ({
          ...court,
          rooms: [...court.rooms],
          judges: [...court.judges],
        })),
      }),
    );

    app.get(
      "/api/courts/:court/docket",
      {
        config: {
          access: { permission: "docket.read" },
          audit: { kind: "read", action: "court.docket.read" },
        },
        schema: {
          tags: ["court"],
          summary:
            "A court's hearing slots on one of its days, in order, with the hearing each holds",
          params: courtParams,
          querystring: docketQuery,
          response: { 200: docketSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const court = findCourt(request.params.court);
        if (!court) return sendProblem(reply, failureProblem(COURT_MISSING));
        const { day, judge, kind, free } = request.query;
        const slots = await docketOf(services.db, court, day, { judgeId: judge, kind, free });
        request.auditSubject = {
          type: "court-docket",
          id: null,
          details: { court: court.id, day, slots: slots.length },
        };
        return { court: court.id, day, timeZone: court.timeZone, slots: slots.map(view) };
      },
    );

    app.post(
      "/api/courts/:court/sessions",
      {
        config: {
          access: { permission: "docket.manage" },
          audit: { kind: "write", action: "court.session.create" },
        },
        schema: {
          tags: ["court"],
          summary: "Put a judge's session in a courtroom on the docket, cut into hearing slots",
          description:
            "Refused (409) when the judge already sits, or the courtroom is in use, at any time of it.",
          params: courtParams,
          body: sessionBody,
          response: {
            201: sessionCreatedSchema,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const court = findCourt(request.params.court);
        if (!court) return sendProblem(reply, failureProblem(COURT_MISSING));
        const problem = sessionProblem(request.body, court);
        if (problem) {
          return sendProblem(
            reply,
            invalidRequest([{ field: `body.${problem.field}`, message: problem.message }]),
          );
        }
        const session = { ...request.body, id: randomUUID(), court: court.id };
        const added = await inTransaction(services, writeOf(request), async (unit) => {
          const result = await addSession(
            unit.trx,
            session,
            court,
            unit.write.actor,
            services.clock(),
          );
          unit.audit({ type: "court-session", id: session.id, details: { court: court.id } });
          return result;
        });
        if (!added.ok) return sendProblem(reply, failureProblem(added));
        return reply.status(201).send({ id: session.id, slots: added.slots.map(view) });
      },
    );
  };
}
