import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { Services } from "../services.ts";

export function systemRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/health",
      {
        config: {
          access: { public: "load balancers and monitors check that Haven answers" },
          audit: { kind: "none", why: "reports only that the service and database answer" },
        },
        schema: {
          tags: ["system"],
          summary: "Whether Haven and its database answer",
          response: { 200: z.object({ status: z.literal("ok") }) },
        },
      },
      async () => {
        await sql`select 1`.execute(services.db);
        return { status: "ok" as const };
      },
    );

    app.get(
      "/api/openapi.json",
      {
        config: {
          access: { public: "the API's own description" },
          audit: { kind: "none", why: "the API's own description, no data" },
        },
        schema: { hide: true },
      },
      async () => app.swagger(),
    );
  };
}
