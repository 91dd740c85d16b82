import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { nativeName } from "../../cases/persons.ts";
import { dayOf } from "../../core/calendar.ts";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { isPortId } from "../../policy/ports.ts";
import { portSchema, problemWithCode } from "../registrations/schemas.ts";
import { displayName } from "../registrations/writeBatch.ts";
import { portName, windowSchedule } from "../window.ts";
import { checkIn, recordNoShow } from "./checkIn.ts";

const codeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/, { message: "must be an appointment code like K7QM-2XWP" });

export const portDayAnswer = z.object({
  port: z.string(),
  date: z.string(),
  appointments: z.array(
    z.object({
      code: z.string(),
      port: z.string(),
      portName: z.string(),
      date: z.string(),
      time: z.string(),
      people: z.array(
        z.object({
          displayName: z.string(),
          /** The names in the person's own script, when given. */
          nativeName: z.string().nullable(),
        }),
      ),
      status: z.enum(["confirmed", "checked_in", "no_show"]),
    }),
  ),
});

export const checkedInAnswer = z.object({
  code: z.string(),
  status: z.literal("checked_in"),
  cases: z.array(z.object({ caseId: z.string(), reference: z.string(), displayName: z.string() })),
});

/** Types the web reads, from the same schemas the server answers with. */
export type PortDayAnswer = z.infer<typeof portDayAnswer>;
export type CheckedInAnswer = z.infer<typeof checkedInAnswer>;

export function checkInRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.get(
      "/api/appointments",
      {
        config: {
          access: { permission: "appointment.list" },
          audit: { kind: "read", action: "appointment.list" },
        },
        schema: {
          tags: ["appointments"],
          summary: "A port's appointments on a day (default: the officer's port, today)",
          querystring: z.object({
            port: portSchema.optional(),
            date: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }).optional(),
          }),
          response: { 200: portDayAnswer, 400: problemWithCode },
        },
      },
      async (request) => {
        const post = request.account?.post;
        const port =
          request.query.port ??
          (post?.kind === "port" && isPortId(post.id) ? post.id : "san_ysidro");
        const date =
          request.query.date ?? dayOf(services.clock().toISOString(), windowSchedule.timeZone);
        const rows = await db
          .selectFrom("appointments")
          .select(["code", "port", "date", "time", "status", "registration_id", "slot"])
          .where("port", "=", port)
          .where("date", "=", date)
          .orderBy("slot")
          .execute();
        const people = rows.length
          ? await db
              .selectFrom("registration_people")
              .select([
                "registration_id",
                "given_name",
                "family_name",
                "native_given_name",
                "native_family_name",
              ])
              .where(
                "registration_id",
                "in",
                rows.map((row) => row.registration_id),
              )
              .orderBy("registration_id")
              .orderBy("position")
              .execute()
          : [];
        request.auditSubject = {
          type: "appointment",
          id: null,
          details: { port, date, count: rows.length },
        };
        return {
          port,
          date,
          appointments: rows.map((row) => ({
            code: row.code,
            port: row.port,
            portName: portName(row.port),
            date: row.date,
            time: row.time,
            status: row.status,
            people: people
              .filter((p) => p.registration_id === row.registration_id)
              .map((p) => ({
                displayName: displayName({ givenName: p.given_name, familyName: p.family_name }),
                nativeName: nativeName(p),
              })),
          })),
        };
      },
    );

    app.post(
      "/api/appointments/check-in",
      {
        config: {
          access: { permission: "appointment.check-in" },
          audit: { kind: "write", action: "appointment.check-in" },
        },
        schema: {
          tags: ["appointments"],
          summary: "Check in an appointment by its code: opens the cases and records the encounter",
          body: z.object({ code: codeSchema }),
          response: {
            200: checkedInAnswer,
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
            422: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await checkIn(services, request.body.code, writeOf(request));
        if (outcome.ok) {
          return { code: outcome.code, status: "checked_in" as const, cases: outcome.cases };
        }
        const problem = failureProblem(outcome);
        return sendProblem(
          reply,
          outcome.person ? { ...problem, detail: `${outcome.person}: ${problem.detail}` } : problem,
        );
      },
    );

    app.post(
      "/api/appointments/:code/no-show",
      {
        config: {
          access: { permission: "appointment.check-in" },
          audit: { kind: "write", action: "appointment.no-show" },
        },
        schema: {
          tags: ["appointments"],
          summary: "Record that nobody came to the appointment; the person may request again",
          params: z.object({ code: codeSchema }),
          response: {
            200: z.object({ code: z.string(), status: z.literal("no_show") }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await recordNoShow(services, request.params.code, writeOf(request));
        if (outcome.ok) return { code: request.params.code, status: "no_show" as const };
        return sendProblem(reply, failureProblem(outcome));
      },
    );
  };
}
