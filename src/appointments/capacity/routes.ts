/**
 * Places per port and day as dated policy data: an administrator's change takes effect from a
 * day, with its reason, and every change is in the public policy log beside the built-in dated
 * policy (src/policy). Windows not yet open take the new places at once; a window that has
 * opened keeps the places it published.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { zonedInstant } from "../../core/calendar.ts";
import { daySchema } from "../../core/schemas.ts";
import { writeOf } from "../../platform/http/declare.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction } from "../../platform/work.ts";
import { recordPolicyChange } from "../../policy/store.ts";
import { capacityChanges } from "../draws/windows.ts";
import { portSchema, problemWithCode } from "../registrations/schemas.ts";
import { capacitiesOn, windowSchedule } from "../window.ts";

export function capacityRoutes(services: Services): FastifyPluginAsyncZod {
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
              from: daySchema,
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
        const { port, from, places, reason } = request.body;
        const { id } = await inTransaction(services, writeOf(request), async (unit) => {
          const { trx } = unit;
          const id = await recordPolicyChange(trx, {
            kind: "portPlaces",
            port,
            places,
            from,
            // A port's places from a day count from midnight in the request window's zone.
            effectiveAt: new Date(zonedInstant(from, "00:00", windowSchedule.timeZone)),
            citation: "Administrator's change of places per day",
            reason,
            actor: request.actor,
            recordedAt: now,
          });
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
          unit.audit({ type: "policy_change", id, details: { port, from, places } });
          return { ok: true as const, id };
        });
        return reply.status(201).send({ id, port, from, places });
      },
    );
  };
}
