import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Refusal } from "../../core/refusal.ts";
import { NotFoundError } from "../errors.ts";
import { errorCause } from "../log.ts";

/** RFC 9457 problem details; `errors` names each bad field. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
  rule?: string;
  citation?: string;
  /** A stable code the web translates (e.g. "already-reviewed"). */
  code?: string;
}

/**
 * Why a use case did not do what it was asked, in its own words: the record is not there, its
 * state does not allow it (someone else got there first, or it is not the time), or a rule of
 * the pathway refuses it. Use cases return these; `failureProblem` alone picks the status.
 */
export type Failure =
  | { ok: false; kind: "missing"; detail: string; code?: string }
  | { ok: false; kind: "conflict"; detail: string; code?: string }
  | { ok: false; kind: "refused"; refusal: Refusal }
  /** Well formed, but a value cannot be accepted (e.g. a seed that does not match). */
  | { ok: false; kind: "unacceptable"; detail: string; field: string };

/**
 * 404 for a missing record, 409 for a conflict, 422 for a refusal (with its rule and citation)
 * or a value that cannot be accepted (naming the field).
 */
export function failureProblem(failure: Failure): Problem {
  if (failure.kind === "refused") return refusalProblem(failure.refusal);
  if (failure.kind === "unacceptable") {
    return {
      type: "about:blank",
      title: "The value cannot be accepted",
      status: 422,
      detail: failure.detail,
      errors: [{ field: failure.field, message: failure.detail }],
    };
  }
  const status = failure.kind === "missing" ? 404 : 409;
  return {
    type: "about:blank",
    title: status === 404 ? "Not found" : "Conflict",
    status,
    detail: failure.detail,
    ...(failure.code ? { code: failure.code } : {}),
  };
}

/** 400, naming every bad field. */
export function invalidRequest(errors: { field: string; message: string }[]): Problem {
  return {
    type: "about:blank",
    title: "The request is not valid",
    status: 400,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join("; "),
    errors,
  };
}

/** 422: the request is well formed, but the case's state does not allow it; says which rule. */
export function refusalProblem(refusal: Refusal): Problem {
  return {
    type: "about:blank",
    title: "The case does not allow this command",
    status: 422,
    detail: refusal.message,
    rule: refusal.rule,
    citation: refusal.citation,
    errors: refusal.field ? [{ field: refusal.field, message: refusal.message }] : undefined,
  };
}

/** How long a client is asked to wait before trying again after a 503 (RFC 9110 §10.2.3). */
export const RETRY_AFTER_SECONDS = 5;

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.status === 503) reply.header("retry-after", String(RETRY_AFTER_SECONDS));
  return reply.status(problem.status).type("application/problem+json").send(problem);
}

/** 503: the database cannot be reached just now (e.g. it is restarting). */
export function unavailableProblem(): Problem {
  return {
    type: "about:blank",
    title: "Service unavailable",
    status: 503,
    // Not "nothing was written": a commit cut off on its way back may have been saved.
    detail: "The database is not reachable just now. Try again in a few seconds.",
  };
}

/**
 * What PostgreSQL and the network say while the database restarts or cannot be reached: the
 * server shut the session (57P01 admin shutdown, 57P02 crash shutdown), is not accepting
 * sessions yet (57P03), or the connection failed (class 08); the socket was refused, reset,
 * broken or timed out.
 */
const CONNECTION_FAILURES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/**
 * pg and pg-pool report a lost connection with a plain Error and no code: these messages,
 * exactly (node_modules/pg/lib/client.js, pg-pool/index.js).
 */
const CONNECTION_FAILURE_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Connection terminated due to connection timeout",
]);

/** Whether an error means the database is out of reach (503), not that a statement failed. */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return CONNECTION_FAILURES.has(code);
  return error instanceof Error && CONNECTION_FAILURE_MESSAGES.has(error.message);
}

/** The one place that turns an error into an HTTP answer. Nothing internal leaks into it. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? "body";
    return invalidRequest(
      error.validation.map((issue) => ({
        field: [context, ...issue.instancePath.split("/").filter(Boolean)].join("."),
        message: issue.message ?? "is invalid",
      })),
    );
  }
  if (error instanceof NotFoundError) {
    return { type: "about:blank", title: "Not found", status: 404, detail: error.message };
  }
  const fastifyError = error as Partial<FastifyError> & { code?: string };
  if (isConnectionFailure(error)) return unavailableProblem();
  if (fastifyError.code === "23505") {
    return {
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "Another write got there first with the same record. Nothing of yours was written.",
    };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    // Content-type parser errors are about the body as a whole; named as a bad field is.
    if (fastifyError.code?.startsWith("FST_ERR_CTP") && status === 400) {
      return invalidRequest([{ field: "body", message: fastifyError.message ?? "is invalid" }]);
    }
    const detail = fastifyError.code?.startsWith("FST_ERR_CTP")
      ? `body: ${fastifyError.message}`
      : (fastifyError.message ?? "The request cannot be served");
    return { type: "about:blank", title: titleFor(status), status, detail };
  }
  request.log.error({ err: errorCause(error) }, "unexpected error");
  return {
    type: "about:blank",
    title: "Internal error",
    status: 500,
    detail: "Something went wrong on our side. Nothing you sent was lost; try again.",
  };
}

function titleFor(status: number): string {
  if (status === 404) return "Not found";
  if (status === 413) return "Payload too large";
  if (status === 415) return "Unsupported media type";
  return "Bad request";
}

/** Keeps an error's kind and place, drops anything that could carry a person's data. */
