import type { HavenModule } from "../platform/module.ts";
import { custodyDomain } from "./domain.ts";

export const custody = { name: "custody", domain: custodyDomain } satisfies HavenModule;
