import type { Kysely, Transaction } from "kysely";
import type { Database } from "../platform/database/schema.ts";
import { policyInForce } from "./policyInForce.ts";
import { defaultPolicyLog } from "./policyLog.ts";
import { recordedPolicyLog } from "./store.ts";
import type { PolicyChange, PolicyContext, PolicySnapshot } from "./types.ts";

/** The policy in force at any instant, from the built-in log and the recorded changes. */
export function policyTimeline(
  recorded: readonly PolicyChange[] = [],
): (instant: string) => PolicySnapshot {
  const log = [...defaultPolicyLog, ...recorded];
  return (instant) => policyInForce(log, instant);
}

/** What a decision at `at` is given, with the built-in log (and the recorded changes, if any). */
export function policyContext(
  at: string,
  actor: string,
  recorded: readonly PolicyChange[] = [],
): PolicyContext {
  const policyAt = policyTimeline(recorded);
  return { now: at, actor, policy: policyAt(at), policyAt };
}

/** The policy at any instant as the database has it: the built-in log and every recorded change. */
export async function recordedPolicyTimeline(
  db: Kysely<Database> | Transaction<Database>,
): Promise<(instant: string) => PolicySnapshot> {
  return policyTimeline(await recordedPolicyLog(db));
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
