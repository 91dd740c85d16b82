import type { HavenModule } from "../platform/module.ts";
import { courtDomain } from "./domain.ts";

export const court = { name: "court", domain: courtDomain } satisfies HavenModule;
