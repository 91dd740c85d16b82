import type { HavenModule } from "../platform/module.ts";
import * as caseReadModels from "./migrations/0009_case_read_models.ts";
import * as worklistOrder from "./migrations/0013_worklist_order.ts";
import { caseProjections } from "./projections/index.ts";
import { caseRoutes } from "./routes.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";

/**
 * The case machinery every area uses: the command pipeline, opening a case, reading one, and the
 * read models kept from the case log (summary, deadlines, worklist).
 */
export const cases = {
  name: "cases",
  routes: caseRoutes,
  migrations: {
    "0009_case_read_models": caseReadModels,
    "0013_worklist_order": worklistOrder,
  },
  projections: caseProjections,
} satisfies HavenModule;
