/**
 * Places per port and day as dated policy data: an administrator's change takes effect from a
 * day, with its reason, and every change is in the public policy log beside the built-in dated
 * policy (src/core/policy). Windows not yet open take the new places at once; a window that has
 * opened keeps the places it published.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { defaultPolicyLog } from "../../core/policy/index.ts";
import { recordAudit } from "../../platform/audit/record.ts";
import type { Services } from "../../platform/services.ts";
import { capacityChanges } from "../draws/windows.ts";
import { portSchema, problemWithCode } from "../registrations/schemas.ts";
import { capacitiesOn } from "../window.ts";

const entry = z.object({
  at: z.string(),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
  actor: z.string(),
  reason: z.string(),
});

export function capacityRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.put(
      "/api/admin/capacity",
      {
        config: {
          access: { permission: "policy.capacity" },
          audit: { kind: "write", action: "policy.capacity" },
        },
        schema: {
          tags: ["appointments"],
          summary: "Set a port's places per day from a date on (published in the policy log)",
          body: z
            .object({
              port: portSchema,
              from: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }),
              places: z.number().int().min(0).max(10_000),
              reason: z.string().trim().min(1, { message: "give the reason" }).max(2000),
            })
            .strict(),
          response: {
            201: z.object({
              id: z.string(),
              port: z.string(),
              from: z.string(),
              places: z.number(),
            }),
            400: problemWithCode,
          },
        },
      },
      async (request, reply) => {
        const now = services.clock();
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto("capacity_changes")
            .values({
              port: request.body.port,
              effective_from: request.body.from,
              places: request.body.places,
              reason: request.body.reason,
              actor: request.actor,
              at: now,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          const changes = await capacityChanges(trx);
          const waiting = await trx
            .selectFrom("lottery_windows")
            .select(["date", "appointment_date"])
            .where("status", "=", "open")
            .where("opens_at", ">", now)
            .where("appointment_date", ">=", request.body.from)
            .forUpdate()
            .execute();
          for (const window of waiting) {
            await trx
              .updateTable("lottery_windows")
              .set({ capacities: JSON.stringify(capacitiesOn(window.appointment_date, changes)) })
              .where("date", "=", window.date)
              .execute();
          }
          await recordAudit(trx, {
            actor: request.actor,
            action: "policy.capacity",
            subjectType: "capacity_change",
            subjectId: row.id,
            details: {
              port: request.body.port,
              from: request.body.from,
              places: request.body.places,
            },
          });
          return row.id;
        });
        return reply.status(201).send({
          id,
          port: request.body.port,
          from: request.body.from,
          places: request.body.places,
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
          tags: ["appointments"],
          summary: "The public policy log: the built-in dated policy and every change since",
          response: { 200: z.object({ entries: z.array(entry) }) },
        },
      },
      async () => {
        const { rows } = await sql<{
          at: Date;
          port: string;
          effective_from: string;
          places: number;
          reason: string;
          display_name: string | null;
        }>`select c.at, c.port, c.effective_from, c.places, c.reason, a.display_name
           from capacity_changes c
           left join accounts a on c.actor = 'account:' || a.id::text
           order by c.at`.execute(db);
        const builtIn = defaultPolicyLog.map((change) => {
          const { id, kind, effectiveAt, citation, note, ...data } = change;
          return {
            at: effectiveAt,
            kind,
            data: { id, ...data },
            actor: "policy (built in)",
            reason: `${note} (${citation})`,
          };
        });
        const changes = rows.map((row) => ({
          at: row.at.toISOString(),
          kind: "portCapacityChange",
          data: { port: row.port, from: row.effective_from, places: row.places },
          actor: row.display_name ?? "administrator",
          reason: row.reason,
        }));
        return { entries: [...builtIn, ...changes] };
      },
    );
  };
}
