import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { HavenModule } from "../platform/module.ts";
import type { Services } from "../platform/services.ts";
import { adminRoutes } from "./accounts/adminRoutes.ts";
import { appearanceRoutes } from "./accounts/appearanceRoutes.ts";
import { authRoutes } from "./accounts/authRoutes.ts";
import { credentialRoutes } from "./accounts/credentialRoutes.ts";
import { peopleDomain } from "./domain.ts";
import { peopleRoutes } from "./routes.ts";

/** Opening a person's case, and the accounts: sign-in, credentials, administration, appearances. */
function routes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(peopleRoutes(services));
    await app.register(authRoutes(services));
    await app.register(credentialRoutes(services));
    await app.register(adminRoutes(services));
    await app.register(appearanceRoutes(services));
  };
}

/** The person and their case as a whole, and the people who use Haven (their accounts). */
export const people = {
  name: "people",
  domain: peopleDomain,
  routes,
} satisfies HavenModule;
