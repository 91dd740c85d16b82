import type { Transition } from "./types.ts";
import { row } from "./types.ts";

const ordered = [{ field: "removalOrdered", equals: true }] as const;
const notOrdered = [{ field: "removalOrdered", equals: false }] as const;

/**
 * Removal region: the removal order and its execution. A stay is not a value of this region but
 * a set of facts beside it (`CaseState.stays`): a stay suspends whatever order the region holds,
 * several can overlap, and lifting one must not forget the order's own stage.
 */
export const removalTransitions: readonly Transition<"removal">[] = [
  row(
    "removal",
    "ExpeditedRemovalOrdered",
    ["no_order"],
    "final_order",
    "INA 235(b)(1)(A)(i), (B)(iii)(I); 8 CFR 235.3(b)(2)",
  ),
  row("removal", "IJDecisionIssued", ["no_order"], "ordered", "INA 240(c)(1)(A); 8 CFR 1241.1", [
    ...ordered,
    { field: "inAbsentia", equals: false },
  ]),
  row(
    "removal",
    "IJDecisionIssued",
    ["no_order"],
    "final_order",
    "INA 240(b)(5)(A); 8 CFR 1241.1(e)",
    [...ordered, { field: "inAbsentia", equals: true }],
  ),
  row("removal", "IJDecisionIssued", ["no_order"], "same", "INA 240(c)", notOrdered),
  row("removal", "AppealWaived", ["ordered"], "final_order", "8 CFR 1241.1(b)"),
  row("removal", "AppealWaived", ["no_order"], "same", "8 CFR 1241.1(b)"),
  row("removal", "AppealPeriodExpired", ["ordered"], "final_order", "8 CFR 1241.1(c)"),
  row("removal", "AppealPeriodExpired", ["no_order"], "same", "8 CFR 1241.1(c)"),
  row("removal", "AppealFiled", ["ordered", "no_order"], "same", "8 CFR 1003.6(a)"),
  row(
    "removal",
    "AppealDecided",
    ["ordered", "no_order"],
    "final_order",
    "8 CFR 1241.1(a)",
    ordered,
  ),
  row(
    "removal",
    "AppealDecided",
    ["ordered", "no_order"],
    "no_order",
    "8 CFR 1003.1(d)(7)",
    notOrdered,
  ),
  row(
    "removal",
    "MotionDecided",
    ["no_order", "final_order", "scheduled"],
    "no_order",
    "8 CFR 1003.23(b)",
    [{ field: "granted", equals: true }],
  ),
  row(
    "removal",
    "MotionDecided",
    ["no_order", "final_order", "scheduled", "executed"],
    "same",
    "8 CFR 1003.23(b)",
    [{ field: "granted", equals: false }],
  ),
  row(
    "removal",
    "CredibleFearReconsidered",
    ["no_order", "final_order", "scheduled"],
    "no_order",
    "8 CFR 208.30(g)(2)(iv)(A)",
  ),
  row("removal", "RemovalScheduled", ["final_order"], "scheduled", "8 CFR 1241.1; INA 241(a)(1)"),
  row("removal", "RemovalExecuted", ["scheduled"], "executed", "INA 241(a)(1); 8 CFR 1241.1"),
  row("removal", "RemovalAttemptFailed", ["scheduled"], "final_order", "INA 243(a)"),
  row(
    "removal",
    "StayGranted",
    ["ordered", "final_order", "scheduled"],
    "same",
    "8 CFR 1003.6(b); 8 CFR 241.6",
  ),
  row(
    "removal",
    "StayLifted",
    ["ordered", "final_order", "scheduled"],
    "same",
    "8 CFR 1003.6(b); 8 CFR 241.6",
  ),
];
