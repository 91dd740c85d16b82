import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { problemSchema } from "../http/schemas.ts";
import type { Services } from "../services.ts";
import { checkpointSchema } from "./checkpointCheck.ts";
import { checkpointsAfter } from "./checkpoints.ts";

const checkpointsQuery = z.object({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .default(0)
    .describe("Only checkpoints of a later sequence: the last one a mirror holds."),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The audit chain's signed checkpoints, for outsiders to mirror (checkpoints.ts). */
export function auditRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/audit/checkpoints",
      {
        config: {
          access: {
            public: "anyone mirrors the signed heads of the audit chain, to hold Haven to them",
          },
          audit: {
            kind: "none",
            why: "a checkpoint is a sequence number, a hash and a time: nothing about anyone",
          },
        },
        schema: {
          tags: ["system"],
          summary: "Signed checkpoints of the audit chain, oldest first, to mirror",
          description:
            "Each checkpoint is the chain's head `{ sequence, headHash, at }`; `signed` is its RFC 8785 canonical JSON and `signature` the Ed25519 signature of it by the key `keyId` (GET /api/keys/signing). Poll with `after` = the last sequence kept and append what comes; `haven audit verify --checkpoints <file>` checks the chain against the file.",
          querystring: checkpointsQuery,
          response: {
            200: z.object({
              keyId: z.string(),
              checkpoints: z.array(checkpointSchema.required({ signed: true })),
            }),
            400: problemSchema,
          },
        },
      },
      async (request) => ({
        keyId: services.signer.keyId,
        checkpoints: await checkpointsAfter(services.db, request.query.after, request.query.limit),
      }),
    );
  };
}
