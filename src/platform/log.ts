import type { FastifyRequest } from "fastify";
import type { LoggerOptions } from "pino";

/**
 * Application-log settings. The application log never holds a name, an A-number, a date of birth
 * or claim text (8 CFR 208.6): requests are logged by route and id only (no query string, no
 * body), and any field with a personal name below is replaced before it is written.
 */
export const PERSONAL_FIELDS = [
  "givenName",
  "familyName",
  "nativeGivenName",
  "nativeFamilyName",
  "displayName",
  "nativeName",
  "name",
  "names",
  "aNumber",
  "a_number",
  "dateOfBirth",
  "date_of_birth",
  "given_name",
  "family_name",
  "claim",
  "account",
  "address",
  "email",
  "phone",
  "password",
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        ...PERSONAL_FIELDS,
        ...PERSONAL_FIELDS.map((field) => `*.${field}`),
        ...PERSONAL_FIELDS.map((field) => `*.*.${field}`),
        "body",
        "*.body",
        "req.headers.cookie",
        "req.headers.authorization",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? "(no route)",
      }),
    },
  };
}

/** What an error says of its kind, without its message. */
export interface ErrorCause {
  name: string;
  code?: string;
  /** PostgreSQL's routine and severity, where the error came from the database. */
  routine?: string;
  severity?: string;
  /** The stack's frames (where it failed), not its first line (the message). */
  stack?: string;
  cause?: ErrorCause;
}

/**
 * An error as the log may keep it: its kind, code and where it happened, down its chain of causes,
 * but never its message — a database's message may quote the values it refused (an e-mail, a
 * name), and the log holds none (8 CFR 208.6).
 */
export function errorCause(error: unknown, depth = 0): ErrorCause {
  if (!(error instanceof Error)) return { name: typeof error };
  const fields = error as Error & { code?: unknown; routine?: unknown; severity?: unknown };
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const cause: ErrorCause = {
    name: error.name,
    code: text(fields.code),
    routine: text(fields.routine),
    severity: text(fields.severity),
    stack: error.stack?.split("\n").slice(1).join("\n"),
  };
  if (error.cause !== undefined && depth < 5) cause.cause = errorCause(error.cause, depth + 1);
  return cause;
}
