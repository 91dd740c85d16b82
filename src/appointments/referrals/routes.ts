import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { personSchema, problemWithCode } from "../registrations/schemas.ts";
import { createReferral, decideReferral, listReferrals, referralCategories } from "./referrals.ts";

const referralView = z.object({
  id: z.string(),
  person: z.object({ displayName: z.string() }),
  category: z.string(),
  note: z.string().nullable(),
  status: z.enum(["pending", "granted", "refused"]),
  createdAt: z.string(),
  caseId: z.string().nullable(),
  decision: z
    .object({ decidedAt: z.string(), decidedBy: z.string(), reason: z.string() })
    .nullable(),
  position: z.number().int().nullable(),
});

export const referralList = z.object({ referrals: z.array(referralView) });

/** Types the web reads, from the same schemas the server answers with. */
export type ReferralList = z.infer<typeof referralList>;
/** The categories a referral may name (the body's `category`). */
export type ReferralCategory = (typeof referralCategories)[number];

export function referralRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/referrals",
      {
        config: {
          access: { permission: "referral.create" },
          audit: { kind: "write", action: "referral.create" },
        },
        schema: {
          tags: ["appointments"],
          summary: "An NGO screener refers a vulnerable person for a humanitarian exception",
          body: z
            .object({
              person: personSchema,
              category: z.enum(referralCategories),
              note: z.string().trim().max(2000).nullish(),
            })
            .strict(),
          response: {
            201: z.object({ id: z.string(), status: z.literal("pending") }),
            400: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const created = await createReferral(
          services,
          request.account!,
          writeOf(request),
          request.body,
        );
        return reply.status(201).send({ id: created.id, status: "pending" as const });
      },
    );

    app.get(
      "/api/referrals",
      {
        config: {
          access: { permission: "referral.list" },
          audit: { kind: "read", action: "referral.list" },
        },
        schema: {
          tags: ["appointments"],
          summary: "The screener's referrals with their decisions, or (CBP) the pending queue",
          response: { 200: referralList },
        },
      },
      async (request) => {
        const referrals = await listReferrals(services.db, request.account!);
        request.auditSubject = { type: "referral", id: null, details: { count: referrals.length } };
        return { referrals };
      },
    );

    app.post(
      "/api/referrals/:id/decision",
      {
        config: {
          access: { permission: "referral.decide" },
          audit: { kind: "write", action: "referral.decide" },
        },
        schema: {
          tags: ["appointments"],
          summary: "A CBP officer grants or refuses a humanitarian exception, with the reason",
          params: z.object({ id: z.uuid({ message: "must be a referral id (a UUID)" }) }),
          body: z.object({
            decision: z.enum(["granted", "refused"]),
            reason: z.string().trim().min(1, { message: "give the reason" }).max(2000),
          }),
          response: {
            200: z.object({
              id: z.string(),
              status: z.enum(["granted", "refused"]),
              caseId: z.string().nullable(),
            }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
            422: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await decideReferral(
          services,
          request.account!,
          writeOf(request),
          request.params.id,
          request.body.decision,
          request.body.reason,
        );
        if (outcome.ok)
          return { id: request.params.id, status: outcome.status, caseId: outcome.caseId };
        return sendProblem(reply, failureProblem(outcome));
      },
    );
  };
}
