import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import type { Services } from "../../platform/services.ts";
import { conflict, notFound } from "./answers.ts";
import {
  consentToAppearance,
  fileAppearance,
  listAppearances,
  withdrawAppearance,
} from "./appearances.ts";
import { appearanceBody, appearanceView, idParams, problemSchema } from "./schemas.ts";

/** Representation: appearances (G-28 / EOIR-28), the applicant's consent, and withdrawal. */
export function appearanceRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/appearances",
      {
        config: {
          access: { permission: "appearance.list" },
          audit: { kind: "read", action: "appearance.list" },
        },
        schema: {
          tags: ["representation"],
          summary: "An attorney's appearances, or those on the applicant's cases",
          response: { 200: z.object({ appearances: z.array(appearanceView) }) },
        },
      },
      async (request) => {
        const appearances = await listAppearances(services, request.account!);
        request.auditSubject = {
          type: "appearance",
          id: null,
          details: { count: appearances.length },
        };
        return { appearances };
      },
    );

    app.post(
      "/api/appearances",
      {
        config: {
          access: { permission: "appearance.file" },
          audit: { kind: "write", action: "appearance.file" },
        },
        schema: {
          tags: ["representation"],
          summary: "File an appearance for a case (same answer whether or not it matches one)",
          body: appearanceBody,
          response: {
            202: z.object({ id: z.string(), status: z.literal("pending") }),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const filed = await fileAppearance(
          services,
          request.account!,
          writeOf(request),
          request.body,
        );
        return reply.status(202).send({ id: filed.id, status: "pending" as const });
      },
    );

    for (const [action, run, permission, summary] of [
      [
        "consent",
        consentToAppearance,
        "appearance.consent",
        "The applicant consents to the appearance",
      ],
      [
        "withdraw",
        withdrawAppearance,
        "appearance.withdraw",
        "Withdraw the appearance: access ends now",
      ],
    ] as const) {
      app.post(
        `/api/appearances/:id/${action}`,
        {
          config: {
            access: { permission },
            audit: { kind: "write", action: `appearance.${action}` },
          },
          schema: {
            tags: ["representation"],
            summary,
            params: idParams,
            response: {
              200: z.object({ appearance: appearanceView }),
              400: problemSchema,
              404: problemSchema,
              409: problemSchema,
            },
          },
        },
        async (request, reply) => {
          const outcome = await run(
            services,
            request.account!,
            writeOf(request),
            request.params.id,
          );
          if (outcome.kind === "not-found") return notFound(reply, "The appearance");
          if (outcome.kind === "conflict") return conflict(reply, outcome.message);
          return { appearance: outcome.appearance };
        },
      );
    }
  };
}
