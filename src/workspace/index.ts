import type { HavenModule } from "../platform/module.ts";
import * as caseSearch from "./migrations/0015_case_search.ts";
import { caseNameKeys } from "./nameKeys.ts";
import { workspaceRoutes } from "./routes.ts";
// Its table joins the platform's `Database` type (declaration merging).
import "./tables.ts";

/** Staff's workspace across the areas: the worklist, and finding a case by name or number. */
export const workspace = {
  name: "workspace",
  routes: workspaceRoutes,
  migrations: { "0015_case_search": caseSearch },
  tables: [{ name: "case_name_keys", orderBy: "case_id, key" }],
  projections: [caseNameKeys],
} satisfies HavenModule;
