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
