/** Registrations held for review: a CBP officer accepts or refuses them, with a reason. */
import type {
  HeldRegistrations,
  ReviewDecisionBody,
} from "../../../src/appointments/registrations/schemas.ts";
import { allOf } from "../platform/allOf.ts";
import { getJson, postJson } from "../platform/http.ts";

/** A page of the held registrations (the oldest first), how many are held in all, the next page's cursor. */
export type HeldList = HeldRegistrations;
export type HeldRegistration = HeldList["registrations"][number];
/** A person of the held registration, with the people of other registrations close to them. */
export type HeldPerson = HeldRegistration["people"][number];
/** A person of another registration whom the identity check finds close. */
export type PossibleMatch = HeldPerson["matches"][number];
/** Why the identity check found another registration's person close to this one. */
export type MatchCode = PossibleMatch["code"];
export type RegistrationStatus = PossibleMatch["registrationStatus"];

export const MATCH_CODES = allOf<MatchCode>()([
  "identity.duplicate.same-name",
  "identity.duplicate.name-form",
  "identity.review.name-close",
  "identity.review.names-swapped",
  "identity.review.date-transposed",
]);

export type ReviewDecision = ReviewDecisionBody["decision"];

/** The review's answer (the route declares it inline, so it is written out here). */
export interface Reviewed {
  id: string;
  status: "active" | "refused";
}

/** The longest reason the API takes. */
export const REASON_MAX_LENGTH = 2000;

/** The first page of the registrations held for review, oldest first, with the count of all. */
export function listHeldRegistrations(signal?: AbortSignal): Promise<HeldList> {
  return getJson<HeldList>(`/api/registrations/held?limit=${HELD_PAGE}`, signal);
}

/** Registrations the officer's page shows at once. */
export const HELD_PAGE = 50;

/**
 * Accepts or refuses a held registration; the reason is required either way, and a refused
 * applicant (or the applicant of a registration voided with a claim's acceptance) sees it. A 409
 * with the code `already-reviewed` means another officer decided first.
 */
export function reviewRegistration(
  id: string,
  decision: ReviewDecision,
  reason: string,
  voids: readonly string[] = [],
): Promise<Reviewed> {
  const body: ReviewDecisionBody = { decision, reason, void: [...voids] };
  return postJson<Reviewed>(`/api/registrations/${encodeURIComponent(id)}/review`, body);
}
