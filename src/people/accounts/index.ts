import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Services } from "../../platform/services.ts";
import { adminRoutes } from "./adminRoutes.ts";
import { appearanceRoutes } from "./appearanceRoutes.ts";
import { authRoutes } from "./authRoutes.ts";
import { credentialRoutes } from "./credentialRoutes.ts";

export { linkOpenedCase } from "./links.ts";

/** Accounts, sessions, administration and representation: every route of the area. */
export function accountRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(authRoutes(services));
    await app.register(credentialRoutes(services));
    await app.register(adminRoutes(services));
    await app.register(appearanceRoutes(services));
  };
}
