import type { FastifyReply, FastifyRequest } from "fastify";
import { setSessionCookie } from "../../platform/auth/access.ts";
import type { Session, SessionAccount } from "../../platform/auth/sessions.ts";
import { invalidRequest, type Problem, sendProblem } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { accountView, nextStep } from "./store.ts";

export const SIGN_IN_FAILED: Problem = {
  type: "about:blank",
  title: "Sign-in failed",
  status: 401,
  detail: "The e-mail, phone number or password is not right.",
};

export const CODE_WRONG: Problem = {
  type: "about:blank",
  title: "Second factor failed",
  status: 401,
  detail: "The code is not right.",
};

export function tooManyAttempts(reply: FastifyReply, retryAfter: number): FastifyReply {
  reply.header("retry-after", String(retryAfter));
  return sendProblem(reply, {
    type: "about:blank",
    title: "Too many attempts",
    status: 429,
    detail: `Too many attempts. Wait ${retryAfter} second(s) and try again.`,
  });
}

export function fieldProblem(reply: FastifyReply, field: string, message: string): FastifyReply {
  return sendProblem(reply, invalidRequest([{ field, message }]));
}

export function conflict(reply: FastifyReply, detail: string, field?: string): FastifyReply {
  return sendProblem(reply, {
    type: "about:blank",
    title: "Conflict",
    status: 409,
    detail,
    errors: field ? [{ field, message: detail }] : undefined,
  });
}

export function notFound(reply: FastifyReply, what: string): FastifyReply {
  return sendProblem(reply, {
    type: "about:blank",
    title: "Not found",
    status: 404,
    detail: `${what} was not found`,
  });
}

/** Sets the new session's cookie and gives what the caller needs next, with the new CSRF token. */
export function signedIn(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  started: { rawId: string; session: Session; account: SessionAccount },
) {
  setSessionCookie(request, reply, started.rawId, started.session, services);
  request.actor = `account:${started.account.id}`;
  return {
    account: accountView(started.account, started.session),
    next: nextStep(started.account, started.session),
    csrfToken: started.session.csrfToken,
  };
}
