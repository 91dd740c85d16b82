import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { failureProblem, invalidRequest, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { myRegistrations, requestCurrentWindow } from "./mine.ts";
import { registerForAppointments } from "./register.ts";
import { decideHeldRegistration, heldCount, heldRegistrations } from "./review.ts";
import {
  heldRegistrations as heldSchema,
  myRegistrations as mySchema,
  problemWithCode,
  registeredAnswer,
  registrationBody,
  registrationParams,
  reviewAnswer,
  reviewDecisionBody,
} from "./schemas.ts";

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
          summary: "Register the principal and family travelling together for appointments",
          body: registrationBody,
          response: {
            201: registeredAnswer,
            202: reviewAnswer,
            400: problemWithCode,
            409: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const account = request.account!;
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
          case "review":
            return reply
              .status(202)
              .send({ id: outcome.id, status: "review" as const, reason: outcome.reason });
          case "duplicate":
            return reply
              .status(409)
              .type("application/problem+json")
              .send({
                type: "about:blank",
                title: "Already registered",
                status: 409,
                detail: outcome.message,
                code: "duplicate-person",
                rule: outcome.code,
                errors: [{ field: outcome.field, message: outcome.message }],
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
            "Registrations held for review, oldest first, each person beside the registered people close to them",
          response: { 200: heldSchema },
        },
      },
      async (request) => {
        const [registrations, total] = await Promise.all([
          heldRegistrations(services.db),
          heldCount(services.db),
        ]);
        request.auditSubject = {
          type: "registration",
          id: null,
          details: { count: registrations.length },
        };
        return { registrations, total };
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
            "A CBP officer accepts or refuses a registration held for review, with the reason the applicant is told",
          params: registrationParams,
          body: reviewDecisionBody,
          response: {
            200: z.object({ id: z.string(), status: z.enum(["active", "refused"]) }),
            400: problemWithCode,
            404: problemWithCode,
            409: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const outcome = await decideHeldRegistration(
          services,
          request.account!,
          writeOf(request),
          request.params.id,
          request.body.decision,
          request.body.reason,
        );
        if (outcome.ok) return { id: request.params.id, status: outcome.status };
        return sendProblem(reply, failureProblem(outcome));
      },
    );
  };
}
