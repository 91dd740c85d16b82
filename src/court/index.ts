import type { HavenModule } from "../platform/module.ts";
import { docketProjection } from "./docket/projection.ts";
import { docketReferences } from "./docket/references.ts";
import { docketRoutes } from "./docket/routes.ts";
import { courtDomain } from "./domain.ts";
import * as courtDocket from "./migrations/0019_court_docket.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./docket/tables.ts";

/** The immigration court: proceedings, decisions, appeals, and the dockets' hearing slots. */
export const court = {
  name: "court",
  domain: courtDomain,
  routes: docketRoutes,
  migrations: { "0019_court_docket": courtDocket },
  tables: [
    { name: "court_sessions", orderBy: "id" },
    { name: "hearing_slots", orderBy: "id" },
  ],
  projections: [docketProjection],
  references: docketReferences,
} satisfies HavenModule;
