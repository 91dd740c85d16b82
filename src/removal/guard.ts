/**
 * The due-process guard (design.md): no removal is scheduled or executed while a fact that bars
 * it holds. Pure: it reads the case's state, the command's time and the policy in force.
 */
import { dayOf } from "../core/calendar.ts";
import { type Refusal, refusal } from "../core/refusal.ts";
import { appealDue } from "../court/decide.ts";
import { pendingStayingMotions } from "../court/state.ts";
import { removalsPausedTo } from "../policy/policyInForce.ts";
import type { PolicySnapshot } from "../policy/types.ts";
import { type RemovalGuardRule, removalGuardRules } from "./rules.ts";
import { activeStays, type RemovalView } from "./state.ts";

function block(rule: RemovalGuardRule, fact: string, citation?: string): Refusal {
  const entry = removalGuardRules[rule];
  return refusal(
    rule,
    citation ?? entry.citation,
    `Removal is barred: ${fact} (${entry.title}; ${citation ?? entry.citation}).`,
  );
}

/** The first fact that bars removing the person now, or null when none does. */
export function removalBlocker(
  state: RemovalView,
  country: string,
  policy: PolicySnapshot,
): Refusal | null {
  const cf = state.credibleFear;
  switch (state.protection) {
    case "fear_claimed":
    case "cfi_scheduled":
      return block(
        "removal.guard.credible-fear-pending",
        `the person claimed fear and the credible-fear screening is not done (protection: ${state.protection})`,
      );
    case "cf_negative":
      if (!cf?.servedAt) {
        return block(
          "removal.guard.supervisory-review-pending",
          "the negative credible-fear determination has not had supervisory review",
        );
      }
      if (cf.ijReview === "none") {
        return block(
          "removal.guard.ij-review-window-open",
          `the person has not said whether they want IJ review of the negative determination served on ${dayOf(cf.servedAt)}`,
        );
      }
      break;
    case "ij_review_requested":
      return block(
        "removal.guard.ij-review-pending",
        `IJ review of the negative credible-fear determination was requested${cf?.ijReviewRequestedAt ? ` on ${dayOf(cf.ijReviewRequestedAt)}` : ""} and is pending`,
      );
    case "cf_positive":
    case "merits_interview_scheduled":
      return block(
        "removal.guard.positive-credible-fear",
        "the person has a positive credible-fear determination",
      );
    case "nta_issued":
    case "in_proceedings":
      return block(
        "removal.guard.proceedings-pending",
        `removal proceedings are pending before ${state.court?.court ?? "the immigration court"}`,
      );
    case "ij_decided": {
      const due = appealDue(state);
      return block(
        "removal.guard.appeal-period",
        `the 30-day appeal period runs to ${due?.due ?? "its end"}`,
      );
    }
    case "on_appeal":
      return block(
        "removal.guard.appeal-pending",
        `an appeal to the BIA is pending, filed ${state.court?.appeal ? dayOf(state.court.appeal.filedAt) : ""}`.trim(),
      );
    default:
      break;
  }
  const stay = activeStays(state)[0];
  if (stay) {
    return block(
      "removal.guard.stay-in-force",
      `a stay granted by ${stay.by} on ${dayOf(stay.grantedAt)} is in force`,
      stay.citation,
    );
  }
  const motion = pendingStayingMotions(state)[0];
  if (motion) {
    return block(
      "removal.guard.motion-stays-removal",
      `the motion to ${motion.kind} filed on ${dayOf(motion.filedAt)} is pending and stays removal`,
      motion.inAbsentiaLackOfNotice ? "INA 240(b)(5)(C)" : undefined,
    );
  }
  if (state.removal !== "final_order" && state.removal !== "scheduled") {
    return block(
      "removal.guard.no-final-order",
      `there is no final order of removal (removal: ${state.removal})`,
    );
  }
  const paused = removalsPausedTo(policy, country);
  if (paused) {
    const entry = removalGuardRules["removal.policy.country-paused"];
    return refusal(
      "removal.policy.country-paused",
      paused.citation,
      `Removal is barred: removals to ${country} are paused by policy since ${dayOf(paused.since)} (${entry.title}).`,
      "country",
    );
  }
  return null;
}
