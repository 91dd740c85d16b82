import type { HavenModule } from "../platform/module.ts";
import { removalDomain } from "./domain.ts";

export const removal = { name: "removal", domain: removalDomain } satisfies HavenModule;
