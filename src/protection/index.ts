import type { HavenModule } from "../platform/module.ts";
import { protectionDomain } from "./domain.ts";

export const protection = { name: "protection", domain: protectionDomain } satisfies HavenModule;
