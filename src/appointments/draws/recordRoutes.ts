/**
 * The lottery's public record (docs/lottery.md, "Public endpoints"): the list of days with
 * draws, each day's rounds as they happen (terms and receipts published the moment they exist),
 * the request list fixed at the close, and each round's published record.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { daySchema } from "../../core/schemas.ts";
import { NotFoundError } from "../../platform/errors.ts";
import type { Services } from "../../platform/services.ts";
import { publishedDrawSchema, signedReceiptSchema, signedTermsSchema } from "../lottery/index.ts";
import { problemWithCode } from "../registrations/schemas.ts";
import { round } from "./roundSchema.ts";
import { roundsOf } from "./roundsStore.ts";
import { statusOf } from "./windows.ts";

const dateParams = z.object({ date: daySchema });
const shownStatus = z.enum(["scheduled", "open", "closed", "drawn", "void"]);
const roundStatus = z.enum(["committing", "revealing", "drawn", "void"]);

export const roundAnswer = z.object({
  round: z.number().int().min(1),
  status: roundStatus,
  operator: z.string(),
  operatorCommitment: z.string(),
  commitmentsUntil: z.string(),
  drawAt: z.string(),
  termsHash: z.string().nullable(),
  terms: signedTermsSchema.nullable(),
  receipts: z.array(signedReceiptSchema),
});

export const drawsAnswer = z.object({
  draws: z.array(
    z.object({
      date: z.string(),
      appointmentDate: z.string(),
      status: shownStatus,
      rounds: z.array(
        roundAnswer.pick({ round: true, status: true, drawAt: true, termsHash: true }),
      ),
    }),
  ),
  /** The `before` of the next page, or null at the first window. */
  next: z.string().nullable(),
});

/** A record drawn before rounds had terms and receipts: served as stored, verified by v1 rules. */
const earlierRecord = z.object({ format: z.literal("haven-lottery/v1") }).loose();

export function recordRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.get(
      "/api/lottery/draws",
      {
        config: {
          access: { public: "anyone may list the days with a draw and follow each one" },
          audit: { kind: "none", why: "dates, rounds and their state: no personal data" },
        },
        schema: {
          tags: ["appointments"],
          summary: "The days with a lottery window, newest first, with their rounds and state",
          querystring: z.object({
            before: daySchema.optional(),
            limit: z.coerce.number().int().min(1).max(366).default(31),
          }),
          response: { 200: drawsAnswer, 400: problemWithCode },
        },
      },
      async (request) => {
        const { before, limit } = request.query;
        let query = db
          .selectFrom("lottery_windows")
          .select(["date", "opens_at", "closes_at", "appointment_date", "status"])
          .orderBy("date", "desc")
          .limit(limit + 1);
        if (before) query = query.where("date", "<", before);
        const rows = await query.execute();
        const page = rows.slice(0, limit);
        const rounds = await roundsOf(
          db,
          page.map((row) => row.date),
        );
        const now = services.clock();
        return {
          draws: page.map((row) => ({
            date: row.date,
            appointmentDate: row.appointment_date,
            status: statusOf(
              {
                stored: row.status,
                opensAt: row.opens_at.toISOString(),
                closesAt: row.closes_at.toISOString(),
              },
              now,
            ),
            rounds: (rounds.get(row.date) ?? []).map(({ round, status, drawAt, termsHash }) => ({
              round,
              status,
              drawAt,
              termsHash,
            })),
          })),
          next: rows.length > limit ? (page.at(-1)?.date ?? null) : null,
        };
      },
    );

    app.get(
      "/api/lottery/:date/rounds",
      {
        config: {
          access: { public: "commitments, reveals and terms are published the moment they exist" },
          audit: { kind: "none", why: "party names, commitments, seeds and signed receipts" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "A day's rounds as they happen: timetable, operator commitment, signed terms, every receipt issued so far",
          params: dateParams,
          response: {
            200: z.object({ date: z.string(), rounds: z.array(roundAnswer) }),
            404: problemWithCode,
          },
        },
      },
      async (request) => {
        const { date } = request.params;
        const rounds = (await roundsOf(db, [date])).get(date);
        if (!rounds) throw new NotFoundError(`The window of ${date}`);
        return { date, rounds };
      },
    );

    app.get(
      "/api/lottery/:date",
      {
        config: {
          access: { public: "anyone may recompute a draw from its published record" },
          audit: { kind: "none", why: "the published draw: anonymous request ids only" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "The published record of a day's draw (docs/lottery.md): the latest round's, or the round asked for",
          params: dateParams,
          querystring: z.object({
            round: z.coerce.number().pipe(round).optional(),
          }),
          response: {
            200: z.union([publishedDrawSchema, earlierRecord]),
            400: problemWithCode,
            404: problemWithCode,
          },
        },
      },
      async (request) => {
        const { date } = request.params;
        const { round } = request.query;
        const row =
          round === undefined
            ? await db
                .selectFrom("lottery_windows")
                .select("published")
                .where("date", "=", date)
                .executeTakeFirst()
            : await db
                .selectFrom("lottery_rounds")
                .select("published")
                .where("window_date", "=", date)
                .where("round", "=", round)
                .executeTakeFirst();
        const what = round === undefined ? `The draw of ${date}` : `Round ${round} of ${date}`;
        if (!row?.published) throw new NotFoundError(what);
        return row.published as z.infer<typeof publishedDrawSchema>;
      },
    );

    app.get(
      "/api/lottery/:date/requests",
      {
        config: {
          access: { public: "the request list is published when the window closes" },
          audit: { kind: "none", why: "anonymous request ids, group sizes and waiting days" },
        },
        schema: {
          tags: ["appointments"],
          summary: "The window's request list and digest, fixed when it closed (before the draw)",
          params: dateParams,
          response: {
            200: z.object({
              date: z.string(),
              requestsDigest: z.string(),
              requests: publishedDrawSchema.shape.requests,
            }),
            404: problemWithCode,
          },
        },
      },
      async (request) => {
        const { date } = request.params;
        const window = await db
          .selectFrom("lottery_windows")
          .select(["requests_digest"])
          .where("date", "=", date)
          .executeTakeFirst();
        if (!window?.requests_digest) throw new NotFoundError(`The closed window of ${date}`);
        const rows = await db
          .selectFrom("appointment_requests")
          .select(["id", "group_size", "waiting_days", "preferred_ports"])
          .where("window_date", "=", date)
          .execute();
        const requests = rows
          .map((row) => ({
            id: row.id,
            groupSize: row.group_size,
            waitingDays: row.waiting_days ?? 0,
            preferredPorts: row.preferred_ports,
          }))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return { date, requestsDigest: window.requests_digest, requests };
      },
    );
  };
}
