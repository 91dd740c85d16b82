import type { HavenModule } from "../platform/module.ts";
import { propertyDomain } from "./domain.ts";

/** The property ledger: what CBP and ICE took from the person and hold for them. */
export const property = { name: "property", domain: propertyDomain } satisfies HavenModule;
