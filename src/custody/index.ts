import type { HavenModule } from "../platform/module.ts";
import { custodyDomain } from "./domain.ts";
import { locatorRoutes } from "./locator/routes.ts";
import * as detaineesTable from "./migrations/0011_detainees.ts";
import { detainees } from "./projections/detainees.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";

export {
  type DetentionFacility,
  detentionFacilities,
  type FacilityId,
  facilityIds,
  facilityOf,
  isFacilityId,
} from "./facilities.ts";

/**
 * Detention, transfers, parole and bond; the read model of who is detained where, and the public
 * detainee locator over it. The read model is rebuilt from the case log, so the backup leaves it
 * out, as it does the case read models (platform/database/backup.ts).
 */
export const custody = {
  name: "custody",
  domain: custodyDomain,
  routes: locatorRoutes,
  migrations: { "0011_detainees": detaineesTable },
  projections: [detainees],
} satisfies HavenModule;
