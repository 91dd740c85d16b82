import { dayOf } from "../calendar.ts";
import type { Deadline } from "../deadlines/types.ts";
import type { CaseState } from "./state.ts";

/** What comes next for the applicant, as a message key and its parameters for the web to translate. */
export interface NextStep {
  key: string;
  params: Record<string, string | number>;
}

const step = (key: string, params: NextStep["params"] = {}): NextStep => ({ key, params });

function dueOf(deadlines: readonly Deadline[], ruleId: string): string | null {
  return (
    deadlines.find((deadline) => deadline.ruleId === ruleId && deadline.status === "open")?.due ??
    null
  );
}

function protectionStep(state: CaseState, deadlines: readonly Deadline[]): NextStep | null {
  const cf = state.credibleFear;
  switch (state.protection) {
    case "none":
      if (state.custody === "in_mexico") return step("nextStep.requestAppointment");
      return state.pathway === null ? step("nextStep.awaitProcessing") : null;
    case "fear_claimed":
      return step("nextStep.credibleFearInterview", {
        earliest: dueOf(deadlines, "protection.cf-consultation") ?? "",
      });
    case "cfi_scheduled":
      return step("nextStep.attendCredibleFearInterview", { at: cf?.interviewAt ?? "" });
    case "cf_positive":
      return cf?.servedAt
        ? step("nextStep.awaitNoticeToAppear")
        : step("nextStep.awaitSupervisoryReview");
    case "cf_negative":
      if (!cf?.servedAt) return step("nextStep.awaitSupervisoryReview");
      return cf.ijReview === "none"
        ? step("nextStep.decideOnIJReview")
        : step("nextStep.ijReviewDeclined");
    case "ij_review_requested":
      return step("nextStep.awaitIJReview", {
        due: dueOf(deadlines, "protection.ij-review-7d") ?? "",
      });
    case "ij_review_affirmed":
      return step("nextStep.ijReviewAffirmed");
    case "merits_interview_scheduled":
      return step("nextStep.attendAsylumMeritsInterview", { at: state.meritsInterviewAt ?? "" });
    case "nta_issued":
      return step("nextStep.awaitHearingNotice", { court: state.court?.court ?? "" });
    case "in_proceedings": {
      const hearing = state.court?.hearings.find((candidate) => !candidate.held);
      return hearing
        ? step("nextStep.attendHearing", {
            at: hearing.at,
            kind: hearing.kind,
            court: state.court?.court ?? "",
          })
        : step("nextStep.awaitHearingNotice", { court: state.court?.court ?? "" });
    }
    case "ij_decided":
      return step("nextStep.decideOnAppeal", {
        due: dueOf(deadlines, "court.bia-appeal-30d") ?? "",
      });
    case "on_appeal":
      return step("nextStep.awaitAppealDecision");
    case "final":
      return step("nextStep.finalOutcome", { outcome: state.outcome ?? "" });
  }
}

/** The applicant's next steps: the current step of the case, money to post, and open deadlines. */
export function nextSteps(state: CaseState, deadlines: readonly Deadline[]): NextStep[] {
  if (!state.opened) return [];
  const steps: NextStep[] = [];
  if (state.removal === "executed")
    return [step("nextStep.removed", { on: dayOf(state.removedAt ?? "") })];
  if (state.removal === "scheduled" && state.removalPlan) {
    steps.push(
      step("nextStep.removalScheduled", {
        country: state.removalPlan.country,
        on: dayOf(state.removalPlan.scheduledFor),
      }),
    );
  }
  const current = protectionStep(state, deadlines);
  if (current) steps.push(current);
  if (state.custody === "detained" && state.bond?.amountCents && !state.bond.posted) {
    steps.push(step("nextStep.postBond", { amountUsd: state.bond.amountCents / 100 }));
  }
  if (state.protection === "in_proceedings" && !state.court?.asylumApplicationFiledAt) {
    steps.push(
      step("nextStep.fileAsylumApplication", {
        due: dueOf(deadlines, "protection.asylum-one-year") ?? "",
      }),
    );
  }
  for (const deadline of deadlines) {
    if (deadline.status === "open" && deadline.party === "applicant" && deadline.kind === "by") {
      steps.push(
        step("nextStep.deadline", {
          ruleId: deadline.ruleId,
          due: deadline.due,
          citation: deadline.citation,
        }),
      );
    }
  }
  return steps;
}
