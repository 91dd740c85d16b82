/**
 * The public policy log (the built-in dated policy and every recorded change since) and the
 * administrator's route to pause or resume removals to a country. Each change is dated, gives its
 * reason and its authority, and the engine decides with it from its date on.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { countrySchema } from "../core/schemas.ts";
import { writeOf } from "../platform/http/declare.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";
import { defaultPolicyLog } from "./policyLog.ts";
import { recordPolicyChange } from "./store.ts";

const entry = z.object({
  at: z.string().describe("When the change takes effect (ISO 8601)."),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
  actor: z.string().describe("Who made it: the built-in policy, or the administrator by name."),
  reason: z.string(),
  citation: z.string(),
});

const removalsBody = z
  .object({
    country: countrySchema.describe("The country removals go to (ISO 3166-1 alpha-2)."),
    paused: z.boolean().describe("true: pause removals to the country; false: resume them."),
    effectiveAt: z.iso
      .datetime({ offset: true, message: "must be an ISO 8601 date and time" })
      .optional()
      .describe("When it takes effect; now when left out."),
    reason: z.string().trim().min(1, { message: "give the reason" }).max(2000),
    citation: z
      .string()
      .trim()
      .min(1, { message: "name the source: a statement, an order, a memo" })
      .max(500),
  })
  .strict();

export function policyRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.put(
      "/api/admin/removals",
      {
        config: {
          access: { permission: "policy.removals" },
          audit: { kind: "write", action: "policy.removals" },
        },
        schema: {
          tags: ["policy"],
          summary: "Pause or resume removals to a country (published in the policy log)",
          body: removalsBody,
          response: {
            201: z.object({
              id: z.string(),
              country: z.string(),
              paused: z.boolean(),
              effectiveAt: z.string(),
            }),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const now = services.clock();
        const effectiveAt = request.body.effectiveAt ? new Date(request.body.effectiveAt) : now;
        const result = await inTransaction(services, writeOf(request), async (unit) => {
          const id = await recordPolicyChange(unit.trx, {
            kind: "removalsToCountry",
            country: request.body.country,
            paused: request.body.paused,
            effectiveAt,
            citation: request.body.citation,
            reason: request.body.reason,
            actor: request.actor,
            recordedAt: now,
          });
          unit.audit({
            type: "policy_change",
            id,
            details: { country: request.body.country, paused: request.body.paused },
          });
          return { ok: true as const, id };
        });
        return reply.status(201).send({
          id: result.id,
          country: request.body.country,
          paused: request.body.paused,
          effectiveAt: effectiveAt.toISOString(),
        });
      },
    );

    app.get(
      "/api/policy-log",
      {
        config: {
          access: { public: "policy changes are public (design.md: every change is published)" },
          audit: { kind: "none", why: "public policy data, no personal data" },
        },
        schema: {
          tags: ["policy"],
          summary: "The public policy log: the built-in dated policy and every change since",
          response: { 200: z.object({ entries: z.array(entry) }) },
        },
      },
      async () => {
        const { rows } = await sql<{
          effective_at: Date;
          kind: string;
          data: Record<string, unknown>;
          reason: string;
          citation: string;
          display_name: string | null;
        }>`select c.effective_at, c.kind, c.data, c.reason, c.citation, a.display_name
             from policy_changes c
             left join accounts a on c.actor = 'account:' || a.id::text
            order by c.effective_at, c.recorded_at`.execute(db);
        const builtIn = defaultPolicyLog.map((change) => {
          const { id, kind, effectiveAt, citation, note, ...data } = change;
          return {
            at: effectiveAt,
            kind,
            data: { id, ...data },
            actor: "policy (built in)",
            reason: note,
            citation,
          };
        });
        const recorded = rows.map((row) => ({
          at: row.effective_at.toISOString(),
          kind: row.kind,
          data: row.data,
          actor: row.display_name ?? "administrator",
          reason: row.reason,
          citation: row.citation,
        }));
        return {
          entries: [...builtIn, ...recorded].sort((a, b) => a.at.localeCompare(b.at)),
        };
      },
    );
  };
}
