import type { Deadline, DeadlineClock } from "../core/deadlines/types.ts";
import type { NextStep, WorkItem } from "../core/pathway/index.ts";
import { asylumOneYear } from "../protection/rules.ts";
import type { ProtectionFacts } from "../protection/state.ts";
import { openDue } from "../protection/steps.ts";
import { biaAppeal, firstHearingWait } from "./rules.ts";
import type { CourtFacts } from "./state.ts";

type View = CourtFacts & Pick<ProtectionFacts, "protection">;

const step = (key: string, params: NextStep["params"] = {}): NextStep => ({ key, params });

/** The applicant's next steps in removal proceedings: hearings, the I-589, the appeal. */
export function courtNextSteps(state: View, deadlines: readonly Deadline[]): NextStep[] {
  const court = state.court?.court ?? "";
  switch (state.protection) {
    case "nta_issued":
      return [step("nextStep.awaitHearingNotice", { court })];
    case "in_proceedings": {
      const hearing = state.court?.hearings.find((candidate) => !candidate.held);
      const steps = [
        hearing
          ? step("nextStep.attendHearing", { at: hearing.at, kind: hearing.kind, court })
          : step("nextStep.awaitHearingNotice", { court }),
      ];
      if (!state.court?.asylumApplicationFiledAt) {
        steps.push(
          step("nextStep.fileAsylumApplication", { due: openDue(deadlines, asylumOneYear.id) }),
        );
      }
      return steps;
    }
    case "ij_decided":
      return [step("nextStep.decideOnAppeal", { due: openDue(deadlines, biaAppeal.id) })];
    case "on_appeal":
      return [step("nextStep.awaitAppealDecision")];
    default:
      return [];
  }
}

/**
 * The court's work on a case: a first hearing to set once the 10 days allow it, the next
 * hearing, the appeal period to close when it runs out, motions to decide.
 */
export function courtWorklist(state: View, clocks: readonly DeadlineClock[]): WorkItem[] {
  const court = state.court;
  if (!court) return [];
  const post = { kind: "court" as const, id: court.court };
  const items: WorkItem[] = [];
  const next = court.hearings.find((hearing) => !hearing.held);
  if (state.protection === "nta_issued" || (state.protection === "in_proceedings" && !next)) {
    const wait = clocks.find((clock) => clock.ruleId === firstHearingWait.id);
    items.push({
      item: "court.schedule-hearing",
      role: "court_clerk",
      post,
      dueAt: null,
      ruleId: wait ? firstHearingWait.id : null,
    });
  }
  if (state.protection === "in_proceedings" && next) {
    items.push({
      item: "court.hearing",
      role: "immigration_judge",
      post,
      dueAt: next.at,
      ruleId: null,
    });
  }
  if (state.protection === "ij_decided") {
    const appeal = clocks.find((clock) => clock.ruleId === biaAppeal.id && clock.metAt === null);
    items.push({
      item: "court.appeal-period",
      role: "court_clerk",
      post,
      dueAt: appeal?.dueAt ?? null,
      ruleId: appeal ? biaAppeal.id : null,
    });
  }
  if (state.protection === "on_appeal") {
    items.push({ item: "court.appeal", role: "court_clerk", post, dueAt: null, ruleId: null });
  }
  for (const motion of state.motions.filter((candidate) => candidate.decision === null)) {
    items.push({
      item: `court.motion.${motion.motionId}`,
      role: "immigration_judge",
      post,
      dueAt: null,
      ruleId: null,
    });
  }
  return items;
}
