import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { heldCount, heldRegistrations } from "./heldList.ts";
import { decideHeldRegistration } from "./review.ts";
import {
  heldQuery,
  heldRegistrations as heldSchema,
  problemWithCode,
  registrationParams,
  reviewDecisionBody,
} from "./schemas.ts";

/** The CBP officer's review of held registrations (review.ts, heldList.ts). */
export function reviewRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/registrations/held",
      {
        config: {
          access: { permission: "registration.review" },
          audit: { kind: "read", action: "registration.held" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "Registrations held for review, oldest first, a page at a time, each person beside the registered people the identity check found",
          querystring: heldQuery,
          response: { 200: heldSchema, 400: problemWithCode },
        },
      },
      async (request) => {
        const [page, total] = await Promise.all([
          heldRegistrations(services.db, {
            limit: request.query.limit,
            after: request.query.after ?? null,
          }),
          heldCount(services.db),
        ]);
        request.auditSubject = {
          type: "registration",
          id: null,
          details: { count: page.registrations.length },
        };
        return { total, next: page.next, registrations: page.registrations };
      },
    );

    app.post(
      "/api/registrations/:id/review",
      {
        config: {
          access: { permission: "registration.review" },
          audit: { kind: "write", action: "registration.review" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "A CBP officer accepts or refuses a held registration (with the reason a refused applicant is told), voiding with an accepted claim the registrations made in the claimant's name",
          params: registrationParams,
          body: reviewDecisionBody,
          response: {
            200: z.object({ id: z.string(), status: z.enum(["active", "refused"]) }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
            422: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await decideHeldRegistration(
          services,
          request.account!,
          writeOf(request),
          request.params.id,
          {
            decision: request.body.decision,
            reason: request.body.reason,
            voids: request.body.void,
          },
        );
        if (outcome.ok) return { id: request.params.id, status: outcome.status };
        return sendProblem(reply, failureProblem(outcome));
      },
    );
  };
}
