import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, invalidRequest, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { claimRegistration } from "./claims.ts";
import { myRegistrations, requestCurrentWindow } from "./mine.ts";
import { registerForAppointments } from "./register.ts";
import { reviewRoutes } from "./reviewRoutes.ts";
import {
  claimAnswer,
  claimBody,
  myRegistrations as mySchema,
  problemWithCode,
  registeredAnswer,
  registrationBody,
  registrationParams,
} from "./schemas.ts";
import { type Counted, reserveRegistrationAttempt } from "./throttle.ts";

function tooMany(reply: FastifyReply, counted: Counted, retryAfter: number): FastifyReply {
  reply.header("retry-after", String(retryAfter));
  return sendProblem(reply, {
    type: "about:blank",
    title: "Too many attempts",
    status: 429,
    detail: `Too many ${counted === "claim" ? "claims" : "registrations"} from this account or this connection. Wait ${retryAfter} second(s) and try again.`,
    code: "too-many-attempts",
  });
}

/** The one answer to a claim, whatever the check finds. */
const CLAIM_RECORDED = {
  status: "recorded" as const,
  message: "Your claim has been recorded; an officer will review it.",
};

export function registrationRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/registrations",
      {
        config: {
          access: { permission: "appointment.register" },
          audit: { kind: "write", action: "registration.create" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "Register the principal and family travelling together for appointments; the answer is the same whether or not someone matching is registered (a match goes to an officer's review)",
          body: registrationBody,
          response: {
            201: registeredAnswer,
            400: problemWithCode,
            409: problemWithCode,
            429: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const account = request.account!;
        const reservation = await reserveRegistrationAttempt(
          services,
          "registration",
          account.id,
          request.ip,
        );
        if (!reservation.ok) return tooMany(reply, "registration", reservation.retryAfter);
        const outcome = await registerForAppointments(
          services,
          account.id,
          request.actor,
          request.body,
        );
        switch (outcome.kind) {
          case "invalid":
            return sendProblem(reply, invalidRequest(outcome.errors));
          case "registered":
            return reply.status(201).send({
              id: outcome.id,
              status: "active" as const,
              people: outcome.people,
              request: outcome.request,
            });
          case "limit":
            return reply.status(409).type("application/problem+json").send({
              type: "about:blank",
              title: "Too many registrations",
              status: 409,
              detail: outcome.message,
              code: "registration-limit",
            });
        }
      },
    );

    app.get(
      "/api/registrations/mine",
      {
        config: {
          access: { permission: "appointment.register" },
          audit: { kind: "read", action: "registration.list" },
        },
        schema: {
          tags: ["appointments"],
          summary: "The signed-in applicant's registrations, requests and appointment",
          response: { 200: mySchema },
        },
      },
      async (request) => {
        const answer = await myRegistrations(services.db, request.account!.id);
        request.auditSubject = {
          type: "registration",
          id: null,
          details: { count: answer.registrations.length },
        };
        return answer;
      },
    );

    app.post(
      "/api/registrations/:id/requests",
      {
        config: {
          access: { permission: "appointment.register" },
          audit: { kind: "write", action: "registration.request" },
        },
        schema: {
          tags: ["appointments"],
          summary: "Ask for a place in the current request window",
          params: registrationParams,
          response: {
            201: z.object({ windowDate: z.string() }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await requestCurrentWindow(
          services,
          request.account!.id,
          writeOf(request),
          request.params.id,
        );
        if (outcome.ok) return reply.status(201).send({ windowDate: outcome.windowDate });
        return sendProblem(reply, failureProblem(outcome));
      },
    );

    app.post(
      "/api/registrations/:id/claims",
      {
        config: {
          access: { permission: "appointment.register" },
          audit: { kind: "write", action: "registration.claim" },
        },
        schema: {
          tags: ["appointments"],
          summary:
            "Say that someone registered in the applicant's name: recorded for an officer's review; the answer never says whether anyone matches",
          params: registrationParams,
          body: claimBody,
          response: {
            202: claimAnswer,
            400: problemWithCode,
            404: problemWithCode,
            429: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const account = request.account!;
        const reservation = await reserveRegistrationAttempt(
          services,
          "claim",
          account.id,
          request.ip,
        );
        if (!reservation.ok) return tooMany(reply, "claim", reservation.retryAfter);
        const outcome = await claimRegistration(
          services,
          account.id,
          writeOf(request),
          request.params.id,
          request.body.statement,
        );
        if (outcome.ok) return reply.status(202).send(CLAIM_RECORDED);
        return sendProblem(reply, failureProblem(outcome));
      },
    );

    await app.register(reviewRoutes(services));
  };
}
