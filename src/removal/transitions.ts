import { rowsOf, type Transition } from "../core/regions/index.ts";
import { type RemovalValue, removalValues } from "./state.ts";

const row = rowsOf<RemovalValue>("removal");

const ordered = [{ field: "removalOrdered", equals: true }] as const;
const notOrdered = [{ field: "removalOrdered", equals: false }] as const;

/** Removal region: the removal order and its execution (stays are facts beside it, state.ts). */
export const removalTransitions: readonly Transition<RemovalValue>[] = [
  row(
    "ExpeditedRemovalOrdered",
    ["no_order"],
    "final_order",
    "INA 235(b)(1)(A)(i), (B)(iii)(I); 8 CFR 235.3(b)(2)",
  ),
  row("IJDecisionIssued", ["no_order"], "ordered", "INA 240(c)(1)(A); 8 CFR 1241.1", [
    ...ordered,
    { field: "inAbsentia", equals: false },
  ]),
  row("IJDecisionIssued", ["no_order"], "final_order", "INA 240(b)(5)(A); 8 CFR 1241.1(e)", [
    ...ordered,
    { field: "inAbsentia", equals: true },
  ]),
  row("IJDecisionIssued", ["no_order"], "same", "INA 240(c)", notOrdered),
  row("AppealWaived", ["ordered"], "final_order", "8 CFR 1241.1(b)"),
  row("AppealWaived", ["no_order"], "same", "8 CFR 1241.1(b)"),
  row("AppealPeriodExpired", ["ordered"], "final_order", "8 CFR 1241.1(c)"),
  row("AppealPeriodExpired", ["no_order"], "same", "8 CFR 1241.1(c)"),
  row("AppealFiled", ["ordered", "no_order"], "same", "8 CFR 1003.6(a)"),
  row("AppealDecided", ["ordered", "no_order"], "final_order", "8 CFR 1241.1(a)", ordered),
  row("AppealDecided", ["ordered", "no_order"], "no_order", "8 CFR 1003.1(d)(7)", notOrdered),
  row("MotionDecided", ["no_order", "final_order", "scheduled"], "no_order", "8 CFR 1003.23(b)", [
    { field: "granted", equals: true },
  ]),
  row(
    "MotionDecided",
    ["no_order", "final_order", "scheduled", "executed"],
    "same",
    "8 CFR 1003.23(b)",
    [{ field: "granted", equals: false }],
  ),
  row(
    "CredibleFearReconsidered",
    ["no_order", "final_order", "scheduled"],
    "no_order",
    "8 CFR 208.30(g)(2)(iv)(A)",
  ),
  row("RemovalScheduled", ["final_order"], "scheduled", "8 CFR 1241.1; INA 241(a)(1)"),
  // Moved onto another flight: still scheduled, on the new flight's date.
  row("RemovalScheduled", ["scheduled"], "same", "INA 241(a)(1)"),
  row("RemovalExecuted", ["scheduled"], "executed", "INA 241(a)(1); 8 CFR 1241.1"),
  row("RemovalAttemptFailed", ["scheduled"], "final_order", "INA 243(a)"),
  // Called off: the order stays final and ICE keeps custody during the removal period.
  row("RemovalCancelled", ["scheduled"], "final_order", "INA 241(a)(1)-(2); 8 CFR 1241.1"),
  row(
    "StayGranted",
    ["ordered", "final_order", "scheduled"],
    "same",
    "8 CFR 1003.6(b); 8 CFR 241.6",
  ),
  // A stay in force may be lifted whatever became of the order it stayed.
  row("StayLifted", [...removalValues], "same", "8 CFR 1003.6(b); 8 CFR 241.6"),
];
