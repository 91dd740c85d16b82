export { policyInForce, removalsPausedTo } from "./policyInForce.ts";
export { defaultPolicyLog } from "./policyLog.ts";
export { isPortId, type PortId, portIds, portsOfEntry } from "./ports.ts";
export type { PolicyChange, PolicySnapshot } from "./types.ts";
