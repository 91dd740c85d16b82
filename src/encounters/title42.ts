/**
 * Title 42 as the encounter's rules read it (42 U.S.C. 265, 268; CDC orders): in force by the
 * policy at the encounter and at the command's time, and who is excepted. Pure.
 */
import { dayOf } from "../core/calendar.ts";
import { type Decision, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { EncountersView } from "./state.ts";

export const TITLE_42 = "42 U.S.C. 265, 268";

/** Title 42 ran from 2020-03-21 to 2023-05-11 23:59 Eastern (policy data). */
export function title42NotInForce(context: PolicyContext): Decision {
  return refuse(
    refusal(
      "encounters.title42.not-in-force",
      TITLE_42,
      `Title 42 is not in force on ${dayOf(context.now)} (it ran from 2020-03-21 to 2023-05-11 23:59 Eastern).`,
    ),
  );
}

/**
 * Title 42 reaches the person only when it was in force at their encounter as well as now: a
 * person encountered before the order, or processed after it ended, is under Title 8. An
 * encounter recorded before Haven kept the policy at the encounter is judged by now alone.
 */
export function title42Reaches(state: EncountersView, context: PolicyContext): boolean {
  return context.policy.title42.inForce && state.entry?.title42InForce !== false;
}

export function nationalityExcepted(state: EncountersView, context: PolicyContext): boolean {
  return context.policy.title42.exceptedNationalities.includes(state.person?.nationality ?? "");
}

/** Why Title 42 does not apply to a person processed under Title 8, or `expel` when it does. */
export function title42Basis(
  state: EncountersView,
  context: PolicyContext,
  notAcceptedByMexico: boolean,
) {
  if (!title42Reaches(state, context)) return null;
  if (state.title42.exceptionGranted) return "humanitarian_exception" as const;
  if (nationalityExcepted(state, context)) return "nationality_excepted" as const;
  return notAcceptedByMexico ? ("not_accepted_by_mexico" as const) : ("expel" as const);
}

/** ExpelUnderTitle42: the order in force at the encounter and now, and no exception. */
export function expulsionBlocked(state: EncountersView, context: PolicyContext): Decision | null {
  if (!context.policy.title42.inForce) return title42NotInForce(context);
  if (state.entry?.title42InForce === false) {
    return refuse(
      refusal(
        "encounters.title42.not-in-force-at-encounter",
        TITLE_42,
        `Title 42 was not in force when CBP encountered the person on ${dayOf(state.entry.at)}: the person is processed under Title 8, not expelled.`,
      ),
    );
  }
  if (state.title42.exceptionGranted || nationalityExcepted(state, context)) {
    return refuse(
      refusal(
        "encounters.title42.excepted",
        `${TITLE_42}; CDC order (exceptions)`,
        state.title42.exceptionGranted
          ? "The person holds a humanitarian exception to Title 42 and may not be expelled under it."
          : `Nationals of ${state.person?.nationality} are excepted from Title 42 by policy in force on ${dayOf(context.now)}.`,
      ),
    );
  }
  return null;
}
