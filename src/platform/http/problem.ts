import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Refusal } from "../../core/refusal.ts";
import { NotFoundError } from "../errors.ts";

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

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type("application/problem+json").send(problem);
}

const CONNECTION_FAILURES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "57P01",
  "57P03",
  "08006",
  "08001",
]);

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
  if (fastifyError.code && CONNECTION_FAILURES.has(fastifyError.code)) {
    return {
      type: "about:blank",
      title: "Service unavailable",
      status: 503,
      detail: "The database is not reachable just now. Nothing was written; try again shortly.",
    };
  }
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
    // Content-type parser errors are about the body as a whole; say so, as for a bad field.
    const detail = fastifyError.code?.startsWith("FST_ERR_CTP")
      ? `body: ${fastifyError.message}`
      : (fastifyError.message ?? "The request cannot be served");
    return { type: "about:blank", title: titleFor(status), status, detail };
  }
  request.log.error({ err: scrub(error) }, "unexpected error");
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
function scrub(error: unknown): { name: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const stackFrames = error.stack?.split("\n").slice(1).join("\n");
  return { name: error.name, code: (error as { code?: string }).code, stack: stackFrames };
}
