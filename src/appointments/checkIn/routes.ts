import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { nativeName } from "../../cases/persons.ts";
import { dayOf } from "../../core/calendar.ts";
import { daySchema } from "../../core/schemas.ts";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, type Problem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { isPortId } from "../../policy/ports.ts";
import { portSchema, problemWithCode } from "../registrations/schemas.ts";
import { displayName } from "../registrations/writeBatch.ts";
import { portName, windowSchedule } from "../window.ts";
import { checkIn, recordNoShow } from "./checkIn.ts";
import { APPOINTMENT_CODE, normalizeAppointmentCode } from "./code.ts";
import { type MemberRefusal, memberRefusalCodes } from "./memberRefusals.ts";

/** The code as typed: any case, with or without its hyphen or spaces (code.ts). */
const codeSchema = z
  .string()
  .max(40)
  .transform(normalizeAppointmentCode)
  .pipe(
    z.string().regex(APPOINTMENT_CODE, { message: "must be an appointment code like K7QM-2XWP" }),
  )
  .describe("The appointment's code, e.g. K7QM-2XWP (k7qm2xwp and K7QM 2XWP are read the same).");

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

/** 422: some people of the group cannot be checked in; each is named, with why. */
export const membersRefusedProblem = problemWithCode.extend({
  rule: z.string().optional(),
  citation: z.string().optional(),
  people: z
    .array(
      z.object({
        displayName: z.string(),
        code: z
          .enum(memberRefusalCodes)
          .describe(
            "Why, as a stable code: in-custody, released, removed, not-in-service or case-refused.",
          ),
        rule: z.string().describe("The rule of the pathway that refused it."),
        citation: z.string().describe("The rule's citation."),
        detail: z.string().describe("The refusal, in English."),
      }),
    )
    .optional()
    .describe("Each person whose case refused the check-in (nothing was recorded for anyone)."),
});

/** Types the web reads, from the same schemas the server answers with. */
export type PortDayAnswer = z.infer<typeof portDayAnswer>;
export type CheckedInAnswer = z.infer<typeof checkedInAnswer>;
export type MembersRefusedProblem = z.infer<typeof membersRefusedProblem>;

/** The answer when people of the group cannot come in: each named, and nothing recorded. */
function membersRefused(problem: Problem, people: MemberRefusal[], total: number) {
  const who = people.map((person) => `${person.displayName} (${person.code})`).join(", ");
  return {
    ...problem,
    title: "Some people in this group cannot be checked in",
    code: "members-refused",
    detail: `${people.length} of ${total} people in this group cannot be checked in, so nothing was recorded: ${who}.`,
    people,
  };
}

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
            date: daySchema.optional(),
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
          description:
            "Every person of the group is checked in, or nobody: when some people's cases refuse (already in custody, released, removed, or another rule of the pathway), the 422 names each of them with a stable code, the rule and its citation.",
          body: z.object({ code: codeSchema }),
          response: {
            200: checkedInAnswer,
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
            422: membersRefusedProblem,
          },
        },
      },
      async (request, reply) => {
        const outcome = await checkIn(services, request.body.code, writeOf(request));
        if (outcome.ok) {
          return { code: outcome.code, status: "checked_in" as const, cases: outcome.cases };
        }
        const problem = failureProblem(outcome);
        if (outcome.people && outcome.people.length > 0) {
          return sendProblem(
            reply,
            membersRefused(problem, outcome.people, outcome.groupSize ?? outcome.people.length),
          );
        }
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
