import type { HavenModule } from "../platform/module.ts";
import { encountersDomain } from "./domain.ts";
import { encountersRoutes } from "./routes.ts";

export const encounters = {
  name: "encounters",
  domain: encountersDomain,
  routes: encountersRoutes,
} satisfies HavenModule;
