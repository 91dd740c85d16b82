import type { Kysely, Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import { policyInForce } from "./policyInForce.ts";
import { defaultPolicyLog } from "./policyLog.ts";
import { recordedPolicyLog } from "./store.ts";
import type { PolicyChange, PolicyContext } from "./types.ts";

/** What a decision at `at` is given, with the built-in log (and the recorded changes, if any). */
export function policyContext(
  at: string,
  actor: string,
  recorded: readonly PolicyChange[] = [],
): PolicyContext {
  return { now: at, actor, policy: policyInForce([...defaultPolicyLog, ...recorded], at) };
}

/**
 * The decision context of a command at `at`: the policy in force then, from the built-in log and
 * every change recorded in the database, read in the command's transaction.
 */
export async function decisionContext(
  db: Kysely<Database> | Transaction<Database>,
  at: string,
  actor: string,
): Promise<PolicyContext> {
  return policyContext(at, actor, await recordedPolicyLog(db));
}
