import type { Deadline, DeadlineClock } from "../core/deadlines/types.ts";
import type { NextStep, WorkItem } from "../core/pathway/index.ts";
import type { CustodyFacts } from "../custody/state.ts";
import type { EncountersFacts } from "../encounters/state.ts";
import { consultationPeriod, ijReviewWindow } from "./rules.ts";
import type { ProtectionView } from "./state.ts";

type View = ProtectionView & Pick<CustodyFacts, "custody"> & Pick<EncountersFacts, "pathway">;

const step = (key: string, params: NextStep["params"] = {}): NextStep => ({ key, params });

/** The due day of the case's open deadline of a rule, or "" when none is running. */
export function openDue(deadlines: readonly Deadline[], ruleId: string): string {
  return deadlines.find((d) => d.ruleId === ruleId && d.status === "open")?.due ?? "";
}

/**
 * The applicant's next step while the protection claim is screened (the proceedings' steps are
 * the court's), and its outcome once final.
 */
export function protectionNextSteps(state: View, deadlines: readonly Deadline[]): NextStep[] {
  const cf = state.credibleFear;
  switch (state.protection) {
    case "none":
      if (state.custody === "in_mexico") return [step("nextStep.requestAppointment")];
      return state.pathway === null ? [step("nextStep.awaitProcessing")] : [];
    case "fear_claimed":
      return [
        step("nextStep.credibleFearInterview", {
          earliest: openDue(deadlines, consultationPeriod.id),
        }),
      ];
    case "cfi_scheduled":
      return [
        cf?.interview
          ? step("nextStep.awaitCredibleFearDetermination")
          : step("nextStep.attendCredibleFearInterview", { at: cf?.interviewAt ?? "" }),
      ];
    case "cf_positive":
      return [
        cf?.servedAt
          ? step("nextStep.awaitNoticeToAppear")
          : step("nextStep.awaitSupervisoryReview"),
      ];
    case "cf_negative":
      if (!cf?.servedAt) return [step("nextStep.awaitSupervisoryReview")];
      return [
        cf.ijReview === "none"
          ? step("nextStep.decideOnIJReview")
          : step("nextStep.ijReviewDeclined"),
      ];
    case "ij_review_requested":
      return [step("nextStep.awaitIJReview", { due: openDue(deadlines, ijReviewWindow.id) })];
    case "ij_review_affirmed":
      return [step("nextStep.ijReviewAffirmed")];
    case "merits_interview_scheduled":
      return [step("nextStep.attendAsylumMeritsInterview", { at: state.meritsInterviewAt ?? "" })];
    case "final":
      return [step("nextStep.finalOutcome", { outcome: state.outcome ?? "" })];
    default:
      return [];
  }
}

/**
 * USCIS's work on a case: schedule and hold the credible-fear interview, the supervisory review
 * before the determination is served (8 CFR 208.30(e)(8)), the merits interview. An IJ review
 * waits for a judge, due by the 7-day rule (8 CFR 1003.42(e)).
 */
export function protectionWorklist(state: View, clocks: readonly DeadlineClock[]): WorkItem[] {
  const cf = state.credibleFear;
  const uscis = (item: string, dueAt: string | null): WorkItem => ({
    item,
    role: "asylum_officer",
    post: null,
    dueAt,
    ruleId: null,
  });
  switch (state.protection) {
    case "fear_claimed":
      return [uscis("protection.schedule-credible-fear-interview", null)];
    case "cfi_scheduled":
      return cf?.interview
        ? [uscis("protection.credible-fear-determination", null)]
        : [uscis("protection.credible-fear-interview", cf?.interviewAt ?? null)];
    case "cf_positive":
    case "cf_negative":
      return cf?.servedAt ? [] : [uscis("protection.supervisory-review", null)];
    case "ij_review_requested": {
      const review = clocks.find(
        (clock) => clock.ruleId === ijReviewWindow.id && clock.metAt === null,
      );
      return [
        {
          item: "protection.ij-review",
          role: "immigration_judge",
          post: null,
          dueAt: review?.dueAt ?? null,
          ruleId: review ? ijReviewWindow.id : null,
        },
      ];
    }
    case "merits_interview_scheduled":
      return [uscis("protection.asylum-merits-interview", state.meritsInterviewAt)];
    default:
      return [];
  }
}
