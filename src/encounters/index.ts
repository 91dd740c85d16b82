import type { HavenModule } from "../platform/module.ts";
import { encountersDomain } from "./domain.ts";

export const encounters = { name: "encounters", domain: encountersDomain } satisfies HavenModule;
