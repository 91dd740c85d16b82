import fastifyCookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { NotFoundError } from "../errors.ts";
import { type Problem, sendProblem } from "../http/problem.ts";
import type { Services } from "../services.ts";
import { canSeeCase } from "./caseAccess.ts";
import { mayRunCommand } from "./commandRoles.ts";
import { can } from "./roles.ts";
import { cookieMaxAgeSeconds } from "./sessionPolicy.ts";
import { loadSession, mfaState, type Session } from "./sessions.ts";
import { sameSecret } from "./tokens.ts";

export const SESSION_COOKIE = "haven_session";
export const CSRF_HEADER = "x-csrf-token";
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function forbidden(detail: string): Problem {
  return { type: "about:blank", title: "Forbidden", status: 403, detail };
}

const SIGN_IN_FIRST: Problem = {
  type: "about:blank",
  title: "Unauthorized",
  status: 401,
  detail: "Sign in first.",
};

/**
 * The access layer, on every request: it finds the caller's session from the cookie, refuses a
 * cookie-authenticated write without the session's CSRF token, and enforces what the route
 * declares (auth/declare.ts): signed in, second factor given for staff, the permission, the
 * case relationship (404 as for a missing case), and who may run the command.
 */
export async function installAccess(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest("session", null);
  app.decorateRequest("account", null);

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    request.actor = "anonymous";
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw || raw.length > 100) return;
    const loaded = await loadSession(services.db, raw, services.clock(), services.sessionTimeouts);
    if (!loaded) return;
    request.session = loaded.session;
    request.account = loaded.account;
    if (loaded.account) request.actor = `account:${loaded.account.id}`;
  });

  app.addHook("preValidation", async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || sent === "") {
        return sendProblem(
          reply,
          forbidden(
            `The CSRF token is missing: send the ${CSRF_HEADER} header with the csrfToken from GET /api/auth/session.`,
          ),
        );
      }
      if (!request.session || !sameSecret(sent, request.session.csrfToken)) {
        return sendProblem(
          reply,
          forbidden(
            `The CSRF token in ${CSRF_HEADER} is not right for this session: fetch GET /api/auth/session and send its csrfToken.`,
          ),
        );
      }
    }
    if ("public" in access) return;
    const { account, session } = request;
    if (!account || !session) return sendProblem(reply, SIGN_IN_FIRST);
    const mfa = mfaState(account, session);
    if ((mfa === "enrol" || mfa === "verify") && !access.duringSecondFactor) {
      return sendProblem(
        reply,
        forbidden(
          mfa === "enrol"
            ? "Set up your second factor (an authenticator app) before anything else."
            : "Give the code from your authenticator app before anything else.",
        ),
      );
    }
    if (!can(account.role, access.permission)) {
      return sendProblem(reply, forbidden("Your role may not do this."));
    }
    // Before the body's own validation, in this order: a case the caller may not see is answered
    // as one that does not exist; then a command the role may never run is refused as such. An
    // id that cannot be a case's is left to the validation of the route's parameters (400).
    if (access.relationship === "case") {
      const id = (request.params as { id?: string }).id ?? "";
      if (UUID.test(id) && !(await canSeeCase(services.db, account, id))) {
        throw new NotFoundError("The case");
      }
    }
    if (access.commands) {
      const type = (request.body as { command?: { type?: unknown } } | undefined)?.command?.type;
      const known = typeof type === "string" && Object.hasOwn(services.pathway.commandRoles, type);
      if (known && !mayRunCommand(services.pathway, account.role, type)) {
        return sendProblem(reply, forbidden(`Your role may not run the command ${type}.`));
      }
    }
  });
}

/** Sends the session cookie: HttpOnly, SameSite=Lax, Secure over TLS, for the session's life. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  rawId: string,
  session: Session,
  services: Services,
): void {
  reply.setCookie(SESSION_COOKIE, rawId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
    maxAge: cookieMaxAgeSeconds(session.createdAt, services.clock(), services.sessionTimeouts),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
  });
}
