import { policyInForce } from "../policy/policyInForce.ts";
import { defaultPolicyLog } from "../policy/policyLog.ts";
import type { PolicySnapshot } from "../policy/types.ts";
import { type Command, commandSchema } from "./commands.ts";
import type { Decision } from "./context.ts";
import { decide } from "./decide.ts";
import { caseProjection } from "./projection.ts";
import type { CaseState } from "./state.ts";
import { summarize } from "./summary.ts";

/**
 * The process engine in the shape platform/caseLog/engine.ts asks for. The platform may pass the
 * policy snapshot; when it does not, the default policy log is read at the command's time.
 */
export const processEngine = {
  projection: caseProjection,
  commandSchema,
  decide: (
    state: CaseState,
    command: Command,
    context: { now: string; actor: string; policy?: PolicySnapshot },
  ): Decision =>
    decide(state, command, {
      now: context.now,
      actor: context.actor,
      policy: context.policy ?? policyInForce(defaultPolicyLog, context.now),
    }),
  summarize,
};
