import type { HavenModule } from "../platform/module.ts";
import { removalDomain } from "./domain.ts";
import { removalFlightRoutes } from "./flights/routes.ts";
import * as removalFlights from "./migrations/0012_removal_flights.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";

/** Removal orders, stays, removal flights and their manifests, and the due-process guard. */
export const removal = {
  name: "removal",
  domain: removalDomain,
  routes: removalFlightRoutes,
  migrations: { "0012_removal_flights": removalFlights },
  tables: [
    { name: "removal_flights", orderBy: "id" },
    { name: "removal_manifest", orderBy: "flight_id, case_id" },
  ],
} satisfies HavenModule;
