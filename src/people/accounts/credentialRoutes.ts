import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import { sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { CODE_WRONG, conflict, fieldProblem, notFound, signedIn } from "./answers.ts";
import { acceptInvitation, readInvitation } from "./invitations.ts";
import { completePasswordReset, requestPasswordReset } from "./passwordReset.ts";
import {
  acceptBody,
  enrolmentAnswer,
  enrolmentConfirmAnswer,
  invitationView,
  problemSchema,
  resetCompleteBody,
  resetRequestBody,
  signedInAnswer,
  tokenParams,
  totpBody,
} from "./schemas.ts";
import { confirmEnrolment, startEnrolment } from "./secondFactor.ts";

/** Second-factor enrolment, password reset and invitations (docs/api-auth.md). */
export function credentialRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/auth/totp/enrolment",
      {
        config: {
          access: { permission: "account.second-factor", duringSecondFactor: true },
          audit: { kind: "write", action: "auth.totp.enrolment" },
        },
        schema: {
          tags: ["auth"],
          summary: "Start enrolling an authenticator app: a new secret and its QR code",
          response: { 200: enrolmentAnswer, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const started = await startEnrolment(services, request.account!);
        if (!started) return conflict(reply, "A second factor is already set up for this account.");
        return started;
      },
    );

    app.post(
      "/api/auth/totp/enrolment/confirm",
      {
        config: {
          access: { permission: "account.second-factor", duringSecondFactor: true },
          audit: { kind: "write", action: "auth.totp.enrolled" },
        },
        schema: {
          tags: ["auth"],
          summary: "Confirm enrolment with a code from the app; gives the recovery codes once",
          body: totpBody,
          response: {
            200: enrolmentConfirmAnswer,
            400: problemSchema,
            401: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const account = request.account!;
        const outcome = await confirmEnrolment(
          services,
          account,
          request.session!,
          request.body.code,
        );
        if (outcome.kind === "wrong") return sendProblem(reply, CODE_WRONG);
        if (outcome.kind !== "verified") {
          return conflict(reply, outcome.kind === "not-now" ? outcome.message : "Try again later.");
        }
        const answer = signedIn(services, request, reply, {
          ...outcome,
          account: { ...account, totpEnrolled: true },
        });
        return { ...answer, recoveryCodes: outcome.recoveryCodes ?? [] };
      },
    );

    app.post(
      "/api/auth/password-reset",
      {
        config: {
          access: { public: "someone who forgot their password asks for a reset link" },
          audit: { kind: "write", action: "auth.password-reset.requested" },
        },
        schema: {
          tags: ["auth"],
          summary: "Ask for a password reset link by e-mail (the answer is always the same)",
          body: resetRequestBody,
          response: { 202: z.object({ status: z.literal("accepted") }), 400: problemSchema },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(services, request.body.identifier, request.ip, writeOf(request));
        return reply.status(202).send({ status: "accepted" as const });
      },
    );

    app.post(
      "/api/auth/password-reset/complete",
      {
        config: {
          access: { public: "the holder of a reset link sets a new password" },
          audit: { kind: "write", action: "auth.password-reset.completed" },
        },
        schema: {
          tags: ["auth"],
          summary: "Set a new password with the token from the e-mail; ends every session",
          body: resetCompleteBody,
          response: { 204: z.null(), 400: problemSchema },
        },
      },
      async (request, reply) => {
        const outcome = await completePasswordReset(services, request.body);
        if (outcome.kind === "bad-token") {
          return fieldProblem(
            reply,
            "body.token",
            "the link is not valid: it is unknown, used or expired",
          );
        }
        if (outcome.kind === "weak-password")
          return fieldProblem(reply, "body.password", outcome.message);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/auth/invitations/:token",
      {
        config: {
          access: { public: "the holder of an invitation link reads what it offers" },
          audit: { kind: "read", action: "auth.invitation.read" },
        },
        schema: {
          tags: ["auth"],
          summary: "What an invitation offers (404 when unknown, used or expired)",
          params: tokenParams,
          response: { 200: invitationView, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const invitation = await readInvitation(services, request.params.token);
        if (!invitation) return notFound(reply, "The invitation");
        request.auditSubject = { type: "invitation", id: invitation.id };
        return invitation.view;
      },
    );

    app.post(
      "/api/auth/invitations/:token/accept",
      {
        config: {
          access: { public: "the holder of an invitation link sets their password" },
          audit: { kind: "write", action: "auth.invitation.accepted" },
        },
        schema: {
          tags: ["auth"],
          summary: "Accept an invitation: set a password and be signed in, to enrol TOTP next",
          params: tokenParams,
          body: acceptBody,
          response: {
            200: signedInAnswer,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await acceptInvitation(
          services,
          request.params.token,
          request.body,
          request.session,
        );
        if (outcome.kind === "bad-token") return notFound(reply, "The invitation");
        if (outcome.kind === "weak-password")
          return fieldProblem(reply, "body.password", outcome.message);
        if (outcome.kind === "has-account")
          return conflict(reply, "An account with this e-mail address exists.");
        return signedIn(services, request, reply, outcome);
      },
    );
  };
}
