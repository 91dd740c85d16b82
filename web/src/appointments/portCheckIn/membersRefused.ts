import type { MembersRefusedProblem } from "../../../../src/appointments/checkIn/routes.ts";
import { ApiError } from "../../platform/http.ts";

/** One person of the group whom the server would not check in, with why (its stable code). */
export type RefusedMember = NonNullable<MembersRefusedProblem["people"]>[number];

/** The people a refused check-in names, or null when the answer is not that refusal. */
export function refusedMembers(error: unknown): RefusedMember[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const problem = error.problem as Partial<MembersRefusedProblem> | null;
  if (problem?.code !== "members-refused" || !Array.isArray(problem.people)) return null;
  return problem.people.length > 0 ? problem.people : null;
}
