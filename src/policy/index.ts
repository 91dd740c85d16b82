import type { HavenModule } from "../platform/module.ts";
import * as policyChanges from "./migrations/0010_policy_changes.ts";
import { policyRoutes } from "./routes.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";

export { policyInForce, removalsPausedTo } from "./policyInForce.ts";
export { defaultPolicyLog } from "./policyLog.ts";
export { isPortId, type PortId, portIds, portsOfEntry } from "./ports.ts";
export type { PolicyChange, PolicyContext, PolicySnapshot } from "./types.ts";

/** Policy as dated data: the built-in log, administrators' recorded changes, the public log. */
export const policy = {
  name: "policy",
  routes: policyRoutes,
  migrations: { "0010_policy_changes": policyChanges },
  tables: [{ name: "policy_changes", orderBy: "id" }],
} satisfies HavenModule;
