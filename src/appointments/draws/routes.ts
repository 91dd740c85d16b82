import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { daySchema } from "../../core/schemas.ts";
import { NotFoundError } from "../../platform/errors.ts";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { type publishedDrawSchema, signedReceiptSchema } from "../lottery/index.ts";
import { problemWithCode } from "../registrations/schemas.ts";
import { currentWindowDate, portName } from "../window.ts";
import {
  commitAsObserver,
  type ObserverOutcome,
  observerParty,
  revealAsObserver,
} from "./observers.ts";
import { recordRoutes } from "./recordRoutes.ts";
import { round } from "./roundSchema.ts";
import { closeWindow, drawWindow } from "./runDraw.ts";
import { ensureWindow, findWindow, statusOf } from "./windows.ts";

const dateParams = z.object({ date: daySchema });
const hex32 = z.string().regex(/^[0-9a-f]{64}$/, { message: "must be 64 lowercase hex digits" });

const windowStatus = z.object({
  date: z.string(),
  status: z.enum(["scheduled", "open", "closed", "drawn", "void"]),
});
/** What a close or a draw did: the round it acted on and that round's (or the window's) state. */
const actionAnswer = windowStatus.extend({ round });

export const windowAnswer = z.object({
  date: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  drawAt: z.string(),
  appointmentDate: z.string(),
  status: windowStatus.shape.status,
  /** The current round of the day's draw (docs/lottery.md, "Rounds"). */
  round,
  ports: z.array(z.object({ id: z.string(), name: z.string(), capacity: z.number() })),
  operator: z.string(),
  operatorCommitment: z.string(),
  observerCommitments: z.array(z.object({ observer: z.string(), commitment: z.string() })),
});

/** Types the web reads, from the same schemas the server answers with. */
export type WindowAnswer = z.infer<typeof windowAnswer>;
export type PublishedDrawAnswer = z.infer<typeof publishedDrawSchema>;

export function drawRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.get(
      "/api/appointments/window",
      {
        config: {
          access: { public: "anyone may see when the window opens and the lottery's commitments" },
          audit: { kind: "none", why: "the window's schedule and commitments: no personal data" },
        },
        schema: {
          tags: ["appointments"],
          summary: "The current (or next) request window, its places and the commitments",
          response: { 200: windowAnswer },
        },
      },
      async () => {
        const now = services.clock();
        const date = currentWindowDate(now.toISOString());
        await ensureWindow(db, date);
        const window = await findWindow(db, date);
        if (!window) throw new NotFoundError(`The window of ${date}`);
        const observers = await db
          .selectFrom("lottery_commitments")
          .select(["party", "commitment"])
          .where("window_date", "=", date)
          .where("round", "=", window.round)
          .orderBy("committed_at")
          .execute();
        return {
          date,
          opensAt: window.opensAt,
          closesAt: window.closesAt,
          drawAt: window.drawAt,
          appointmentDate: window.appointmentDate,
          status: statusOf(window, now),
          ports: window.capacities.map((c) => ({
            id: c.port,
            name: portName(c.port),
            capacity: c.places,
          })),
          round: window.round,
          operator: window.operator,
          operatorCommitment: window.operatorCommitment,
          observerCommitments: observers.map((o) => ({
            observer: o.party,
            commitment: o.commitment,
          })),
        };
      },
    );

    await app.register(recordRoutes(services));

    const observerAnswer = async (
      reply: FastifyReply,
      outcome: ObserverOutcome,
      okStatus: number,
      date: string,
      extra: Record<string, string>,
    ) => {
      if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
      const { party, round, receipt } = outcome;
      return reply.status(okStatus).send({ date, round, party, ...extra, receipt });
    };

    app.post(
      "/api/lottery/:date/commitments",
      {
        config: {
          access: { permission: "lottery.observe" },
          audit: { kind: "write", action: "lottery.commit" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "An observer commits to a secret seed for a round (round 1: before the window closes); answers with a signed receipt",
          params: dateParams,
          body: z.object({ round, commitment: hex32 }),
          response: {
            201: z.object({
              date: z.string(),
              round,
              party: z.string(),
              commitment: z.string(),
              receipt: signedReceiptSchema,
            }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const { date } = request.params;
        const outcome = await commitAsObserver(
          services,
          date,
          request.account!,
          writeOf(request),
          request.body,
        );
        return observerAnswer(reply as unknown as FastifyReply, outcome, 201, date, {
          commitment: request.body.commitment,
        });
      },
    );

    app.post(
      "/api/lottery/:date/reveals",
      {
        config: {
          access: { permission: "lottery.observe" },
          audit: { kind: "write", action: "lottery.reveal" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "An observer reveals its seed for a round (once its terms are fixed, before the draw); answers with a signed receipt",
          params: dateParams,
          body: z.object({ round, seed: hex32 }),
          response: {
            200: z.object({
              date: z.string(),
              round,
              party: z.string(),
              seed: z.string(),
              receipt: signedReceiptSchema,
            }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
            422: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const { date } = request.params;
        const outcome = await revealAsObserver(
          services,
          date,
          request.account!,
          writeOf(request),
          request.body,
        );
        return observerAnswer(reply as unknown as FastifyReply, outcome, 200, date, {
          seed: request.body.seed,
        });
      },
    );

    app.get(
      "/api/lottery/observer",
      {
        config: {
          access: { permission: "lottery.observe" },
          audit: { kind: "none", why: "the caller's own party name, derived from their account" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "The caller's party name, which its commitment must be bound to (docs/lottery.md)",
          response: { 200: z.object({ party: z.string() }) },
        },
      },
      async (request) => ({ party: observerParty(request.account!) }),
    );

    for (const action of ["close", "draw"] as const) {
      app.post(
        `/api/admin/lottery/:date/${action}`,
        {
          config: {
            access: { permission: "lottery.admin" },
            audit: { kind: "write", action: `lottery.${action}` },
          },
          schema: {
            tags: ["appointments"],
            summary:
              action === "close"
                ? "Close the window's request list now and fix round 1's terms (the scheduler does it at closing time)"
                : "Draw the window's current round now (the scheduler does it at the draw time)",
            params: dateParams,
            response: { 200: actionAnswer, 404: problemWithCode, 409: problemWithCode },
          },
        },
        async (request, reply) => {
          const { date } = request.params;
          const run = action === "close" ? closeWindow : drawWindow;
          const outcome = await run(services, date, writeOf(request));
          if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
          return { date, round: outcome.round, status: outcome.status };
        },
      );
    }
  };
}
