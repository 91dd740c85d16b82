import { rowsOf, type Transition } from "../core/regions/index.ts";
import type { ProtectionValue } from "./state.ts";

const row = rowsOf<ProtectionValue>("protection");

const positive = [{ field: "outcome", equals: "positive" }] as const;
const negative = [{ field: "outcome", equals: "negative" }] as const;

/** Protection region: screening, proceedings and the final outcome of the protection claim. */
export const protectionTransitions: readonly Transition<ProtectionValue>[] = [
  row("FearClaimed", ["none"], "fear_claimed", "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)"),
  row(
    "CredibleFearInterviewScheduled",
    ["fear_claimed", "cfi_scheduled"],
    "cfi_scheduled",
    "8 CFR 208.30(d)",
  ),
  row("CredibleFearInterviewHeld", ["cfi_scheduled"], "same", "8 CFR 208.30(d)"),
  row("WrittenAccountSubmitted", ["fear_claimed", "cfi_scheduled"], "same", "8 CFR 208.30(d)"),
  row("CredibleFearDetermined", ["cfi_scheduled"], "cf_positive", "8 CFR 208.30(e)(2)", positive),
  row("CredibleFearDetermined", ["cfi_scheduled"], "cf_negative", "8 CFR 208.30(e)(2)", negative),
  row(
    "SupervisoryReviewCompleted",
    ["cf_positive", "cf_negative"],
    "cf_positive",
    "8 CFR 208.30(e)(8)",
    positive,
  ),
  row(
    "SupervisoryReviewCompleted",
    ["cf_positive", "cf_negative"],
    "cf_negative",
    "8 CFR 208.30(e)(8)",
    negative,
  ),
  row(
    "IJReviewRequested",
    ["cf_negative"],
    "ij_review_requested",
    "INA 235(b)(1)(B)(iii)(III); 8 CFR 208.30(g)",
  ),
  row("IJReviewDeclined", ["cf_negative"], "same", "8 CFR 208.30(g)(1)"),
  row(
    "IJReviewDecided",
    ["ij_review_requested"],
    "ij_review_affirmed",
    "8 CFR 1003.42; 8 CFR 1208.30(g)(2)(iv)",
    [{ field: "decision", equals: "affirmed" }],
  ),
  row("IJReviewDecided", ["ij_review_requested"], "cf_positive", "8 CFR 1208.30(g)(2)(iv)(B)", [
    { field: "decision", equals: "vacated" },
  ]),
  row(
    "CredibleFearReconsidered",
    ["cf_negative", "ij_review_affirmed"],
    "cf_positive",
    "8 CFR 208.30(g)(2)(iv)(A)",
  ),
  row(
    "AsylumMeritsInterviewScheduled",
    ["cf_positive"],
    "merits_interview_scheduled",
    "8 CFR 208.30(f); 8 CFR 208.9(a)(1)",
  ),
  row("AsylumMeritsDecided", ["merits_interview_scheduled"], "final", "8 CFR 208.14(b)", [
    { field: "decision", equals: "granted" },
  ]),
  row("AsylumMeritsDecided", ["merits_interview_scheduled"], "nta_issued", "8 CFR 208.14(c)(1)", [
    { field: "decision", equals: "referred" },
  ]),
  row(
    "ExpeditedRemovalOrdered",
    ["none", "cf_negative", "ij_review_affirmed"],
    "same",
    "INA 235(b)(1)(A)(i),(ii); INA 235(b)(1)(B)(iii)(I)",
  ),
  row("NoticeToAppearServed", ["none", "cf_positive"], "nta_issued", "INA 239(a); 8 CFR 208.30(f)"),
  row(
    "AsylumApplicationFiled",
    ["nta_issued", "in_proceedings"],
    "same",
    "INA 208(a); 8 CFR 1208.4(b)(3)",
  ),
  row(
    "HearingScheduled",
    ["nta_issued", "in_proceedings"],
    "in_proceedings",
    "INA 239(a)(1)(G); 8 CFR 1003.18",
  ),
  row("HearingHeld", ["in_proceedings"], "same", "INA 240(b)"),
  row("IJDecisionIssued", ["in_proceedings"], "ij_decided", "INA 240(c); 8 CFR 1240.12", [
    { field: "inAbsentia", equals: false },
  ]),
  row("IJDecisionIssued", ["in_proceedings"], "final", "INA 240(b)(5)(A); 8 CFR 1241.1(e)", [
    { field: "inAbsentia", equals: true },
  ]),
  row("AppealWaived", ["ij_decided"], "final", "8 CFR 1241.1(b)"),
  row("AppealPeriodExpired", ["ij_decided"], "final", "8 CFR 1241.1(c)"),
  row("AppealFiled", ["ij_decided"], "on_appeal", "8 CFR 1003.38"),
  row("AppealDecided", ["on_appeal"], "final", "8 CFR 1003.1(d)(7); 8 CFR 1241.1(a)", [
    { field: "decision", equals: "dismissed" },
  ]),
  row("AppealDecided", ["on_appeal"], "final", "8 CFR 1003.1(d)(7)", [
    { field: "decision", equals: "sustained" },
  ]),
  row("AppealDecided", ["on_appeal"], "in_proceedings", "8 CFR 1003.1(d)(7)", [
    { field: "decision", equals: "remanded" },
  ]),
  row("MotionFiled", ["final"], "same", "8 CFR 1003.23(b); 8 CFR 1003.2"),
  row("MotionDecided", ["final"], "in_proceedings", "8 CFR 1003.23(b)", [
    { field: "granted", equals: true },
  ]),
  row("MotionDecided", ["final"], "same", "8 CFR 1003.23(b)", [
    { field: "granted", equals: false },
  ]),
  row("PetitionForReviewFiled", ["final"], "same", "INA 242(b)"),
];
