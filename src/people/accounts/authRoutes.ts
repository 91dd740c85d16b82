import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../platform/audit/record.ts";
import { clearSessionCookie, setSessionCookie } from "../../platform/auth/access.ts";
import {
  createSession,
  deleteAccountSessions,
  deleteSession,
} from "../../platform/auth/sessions.ts";
import { sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import {
  CODE_WRONG,
  conflict,
  fieldProblem,
  SIGN_IN_FAILED,
  signedIn,
  tooManyAttempts,
} from "./answers.ts";
import { registerApplicant } from "./register.ts";
import {
  loginBody,
  problemSchema,
  registerBody,
  sessionAnswer,
  signedInAnswer,
  totpBody,
} from "./schemas.ts";
import { verifySecondFactor } from "./secondFactor.ts";
import { DEVICE_COOKIE, DEVICE_MEMORY_DAYS, signIn } from "./signIn.ts";
import { accountView } from "./store.ts";

/** The device cookie the browser sent, if it can be one. */
function presentedDevice(request: FastifyRequest): string | null {
  const raw = request.cookies[DEVICE_COOKIE];
  return raw && raw.length <= 100 ? raw : null;
}

/** Marks the browser as a known device: sent to the auth routes only, for months. */
function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, device: string): void {
  reply.setCookie(DEVICE_COOKIE, device, {
    httpOnly: true,
    sameSite: "strict",
    path: "/api/auth",
    secure: request.protocol === "https",
    maxAge: DEVICE_MEMORY_DAYS * 24 * 60 * 60,
  });
}

/** Sessions, registration, sign-in and sign-out (docs/api-auth.md). */
export function authRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/auth/session",
      {
        config: {
          access: { public: "tells the caller who they are signed in as, and their CSRF token" },
          audit: { kind: "none", why: "the caller's own session; starts an anonymous one" },
        },
        schema: {
          tags: ["auth"],
          summary: "Who the caller is, and the CSRF token for their writes",
          response: { 200: sessionAnswer },
        },
      },
      async (request, reply) => {
        let session = request.session;
        if (!session) {
          const created = await createSession(services.db, null, false, services.clock());
          setSessionCookie(request, reply, created.id, created.session, services);
          session = created.session;
        }
        const account = request.account ? accountView(request.account, session) : null;
        return { account, csrfToken: session.csrfToken };
      },
    );

    app.post(
      "/api/auth/register",
      {
        config: {
          access: { public: "applicants register themselves" },
          audit: { kind: "write", action: "auth.register" },
        },
        schema: {
          tags: ["auth"],
          summary: "Register as an applicant, and be signed in",
          body: registerBody,
          response: {
            201: z.object({ account: signedInAnswer.shape.account, csrfToken: z.string() }),
            400: problemSchema,
            409: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await registerApplicant(
          services,
          request.body,
          request.session,
          request.ip,
          presentedDevice(request),
        );
        if (outcome.kind === "weak-password") {
          return fieldProblem(reply, "body.password", outcome.message);
        }
        if (outcome.kind === "throttled") return tooManyAttempts(reply, outcome.retryAfter);
        if (outcome.kind === "taken") {
          return conflict(
            reply,
            "An account cannot be registered with this. If it is yours, sign in or reset your password.",
            outcome.field,
          );
        }
        setDeviceCookie(request, reply, outcome.device);
        const answer = signedIn(services, request, reply, outcome);
        return reply.status(201).send({ account: answer.account, csrfToken: answer.csrfToken });
      },
    );

    app.post(
      "/api/auth/login",
      {
        config: {
          access: { public: "signing in" },
          audit: { kind: "write", action: "auth.sign-in" },
        },
        schema: {
          tags: ["auth"],
          summary: "Sign in with an e-mail address or phone number and a password",
          body: loginBody,
          response: {
            200: signedInAnswer,
            400: problemSchema,
            401: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await signIn(
          services,
          request.body,
          request.session,
          request.ip,
          presentedDevice(request),
        );
        if (outcome.kind === "throttled") return tooManyAttempts(reply, outcome.retryAfter);
        if (outcome.kind === "failed") return sendProblem(reply, SIGN_IN_FAILED);
        if (outcome.device) setDeviceCookie(request, reply, outcome.device);
        return signedIn(services, request, reply, outcome);
      },
    );

    app.post(
      "/api/auth/totp",
      {
        config: {
          access: { permission: "account.second-factor", duringSecondFactor: true },
          audit: { kind: "write", action: "auth.second-factor" },
        },
        schema: {
          tags: ["auth"],
          summary: "Give the second factor: a TOTP code or a recovery code",
          body: totpBody,
          response: {
            200: signedInAnswer,
            400: problemSchema,
            401: problemSchema,
            409: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const account = request.account!;
        const outcome = await verifySecondFactor(
          services,
          account,
          request.session!,
          request.body.code,
          presentedDevice(request),
        );
        if (outcome.kind === "throttled") return tooManyAttempts(reply, outcome.retryAfter);
        if (outcome.kind === "wrong") return sendProblem(reply, CODE_WRONG);
        if (outcome.kind === "not-now") return conflict(reply, outcome.message);
        if (outcome.device) setDeviceCookie(request, reply, outcome.device);
        return signedIn(services, request, reply, { ...outcome, account });
      },
    );

    app.post(
      "/api/auth/logout",
      {
        config: {
          access: { public: "anyone may end their own session" },
          audit: { kind: "write", action: "auth.sign-out" },
        },
        schema: {
          tags: ["auth"],
          summary: "Sign out of this session",
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        if (request.session) {
          await services.db.transaction().execute(async (trx) => {
            await deleteSession(trx, request.session!.idHash);
            if (request.account) {
              await recordAudit(trx, {
                actor: request.actor,
                action: "auth.sign-out",
                subjectType: "account",
                subjectId: request.account.id,
              });
            }
          });
        }
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/auth/logout-everywhere",
      {
        config: {
          access: { permission: "account.sessions" },
          audit: { kind: "write", action: "auth.sign-out-everywhere" },
        },
        schema: {
          tags: ["auth"],
          summary: "Sign out of every session of this account, on every device",
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const account = request.account!;
        await services.db.transaction().execute(async (trx) => {
          const ended = await deleteAccountSessions(trx, account.id);
          await recordAudit(trx, {
            actor: request.actor,
            action: "auth.sign-out-everywhere",
            subjectType: "account",
            subjectId: account.id,
            details: { sessions: ended },
          });
        });
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );
  };
}
