import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Services } from "../platform/services.ts";
import { capacityRoutes } from "./capacity/routes.ts";
import { checkInRoutes } from "./checkIn/routes.ts";
import { drawRoutes } from "./draws/routes.ts";
import { referralRoutes } from "./referrals/routes.ts";
import { registrationRoutes } from "./registrations/routes.ts";

/** Appointments at ports of entry: every route of the area (docs/api-appointments.md). */
export function appointmentRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(registrationRoutes(services));
    await app.register(drawRoutes(services));
    await app.register(checkInRoutes(services));
    await app.register(referralRoutes(services));
    await app.register(capacityRoutes(services));
  };
}
