import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { auditRoutes } from "../audit/routes.ts";
import type { Services } from "../services.ts";
import { sendProblem, unavailableProblem } from "./problem.ts";
import { problemSchema } from "./schemas.ts";

const READY_TIMEOUT_MS = 2_000;

/** Whether `select 1` comes back within `timeoutMs` (a server that does not answer is not ready). */
async function databaseAnswers(services: Services, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = sql`select 1`.execute(services.db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function systemRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/health",
      {
        config: {
          access: { public: "load balancers and monitors check that Haven answers" },
          audit: { kind: "none", why: "reports only that the process answers" },
        },
        schema: {
          tags: ["system"],
          summary: "Liveness: whether the Haven process answers (it does not ask the database)",
          description:
            "Answers 200 while the process runs, even when the database is out of reach: restarting Haven would not bring the database back. Readiness is /api/ready.",
          response: { 200: z.object({ status: z.literal("ok") }) },
        },
      },
      async () => ({ status: "ok" as const }),
    );

    app.get(
      "/api/ready",
      {
        config: {
          access: { public: "load balancers send traffic only to a Haven that can serve it" },
          audit: { kind: "none", why: "reports only whether the database answers" },
        },
        schema: {
          tags: ["system"],
          summary: "Readiness: whether Haven can serve requests, i.e. its database answers",
          description: `Runs \`select 1\` with a ${READY_TIMEOUT_MS / 1000} s limit: 200 when it answers, else 503 with Retry-After.`,
          response: { 200: z.object({ ready: z.literal(true) }), 503: problemSchema },
        },
      },
      async (_request, reply) => {
        if (await databaseAnswers(services, READY_TIMEOUT_MS)) return { ready: true as const };
        return sendProblem(reply, unavailableProblem());
      },
    );

    app.get(
      "/api/keys/signing",
      {
        config: {
          access: { public: "anyone checks what Haven signed with the key it publishes" },
          audit: { kind: "none", why: "a public key, no data" },
        },
        schema: {
          tags: ["system"],
          summary:
            "Haven's public signing key (Ed25519), for checking signed checkpoints and receipts",
          description:
            "`publicKey` is the raw 32-byte Ed25519 key in base64url; `keyId` is the first 16 hex digits of its SHA-256. What Haven signs is the UTF-8 text given beside each signature (RFC 8785 canonical JSON).",
          response: {
            200: z.object({
              algorithm: z.literal("Ed25519"),
              keyId: z.string(),
              publicKey: z.string(),
            }),
          },
        },
      },
      async () => ({
        algorithm: "Ed25519" as const,
        keyId: services.signer.keyId,
        publicKey: services.signer.publicKey,
      }),
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

    await app.register(auditRoutes(services));
  };
}
