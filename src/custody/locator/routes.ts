/**
 * The public detainee locator: `POST /api/locator/search` (a POST, so that names and A-numbers
 * stay out of addresses and access logs). Anyone may ask, without signing in, where ICE holds an
 * adult; the answer is a facility or nothing, and the same nothing whatever the reason. Searches
 * are throttled by client address, and each is audited by its kind alone: the audit log says
 * neither whom anyone looked for nor whether they were found.
 */
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { dayOf } from "../../core/calendar.ts";
import { locatorPerAddress } from "../../platform/auth/backoff.ts";
import { bucketKey, reserveAttempt } from "../../platform/auth/throttle.ts";
import { invalidRequest, sendProblem } from "../../platform/http/problem.ts";
import { problemSchema } from "../../platform/http/schemas.ts";
import type { Services } from "../../platform/services.ts";
import { aNumberDigits, locatorAnswer, locatorSearchBody } from "./schemas.ts";
import { type LocatorQuery, locateDetainee } from "./search.ts";

function tooManySearches(reply: FastifyReply, retryAfter: number): FastifyReply {
  reply.header("retry-after", String(retryAfter));
  return sendProblem(reply, {
    type: "about:blank",
    title: "Too many searches",
    status: 429,
    detail: `Too many searches from this address. Wait ${retryAfter} second(s) and try again.`,
  });
}

export function locatorRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.post(
      "/api/locator/search",
      {
        config: {
          access: {
            public:
              "anyone may ask where ICE holds a detained adult, as with ICE's online detainee locator; the answer names a facility or nothing",
          },
          audit: { kind: "read", action: "locator.search" },
        },
        schema: {
          tags: ["custody"],
          summary: "Find the facility where ICE holds a detained adult (by A-number or by name)",
          description:
            "Answers { found: true, facility } for a detained adult who matches, else { found: false }: the same answer, byte for byte, for no match, a person who is not detained and a minor (under 18). Nothing about a case, a claim or the person is in the answer (8 CFR 208.6). About 20 searches a minute per client address; then 429 with Retry-After.",
          body: locatorSearchBody,
          response: { 200: locatorAnswer, 400: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const now = services.clock();
        const today = dayOf(now.toISOString());
        const body = request.body;
        if (body.dateOfBirth !== undefined && body.dateOfBirth > today) {
          return sendProblem(
            reply,
            invalidRequest([{ field: "body.dateOfBirth", message: "must not be in the future" }]),
          );
        }
        const reserved = await reserveAttempt(
          db,
          [{ key: bucketKey("locator-address", request.ip), limit: locatorPerAddress }],
          now,
        );
        if (!reserved.ok) return tooManySearches(reply, reserved.retryAfter);

        const query: LocatorQuery =
          body.aNumber !== undefined
            ? {
                by: "aNumber",
                aNumber: aNumberDigits(body.aNumber),
                countryOfBirth: body.countryOfBirth,
              }
            : {
                by: "name",
                familyName: body.familyName ?? "",
                givenName: body.givenName ?? "",
                countryOfBirth: body.countryOfBirth,
                dateOfBirth: body.dateOfBirth ?? "",
              };
        request.auditSubject = { type: "locator_search", id: null, details: { by: query.by } };
        return locateDetainee(db, query, today);
      },
    );
  };
}
