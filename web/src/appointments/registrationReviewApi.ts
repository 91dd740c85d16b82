/** Registrations held for review: a CBP officer accepts or refuses them, with a reason. */
import { getJson, postJson } from "../api.ts";

/** Why the identity check found another registration's person close to this one. */
export const MATCH_CODES = [
  "identity.duplicate.same-name",
  "identity.duplicate.name-form",
  "identity.review.name-close",
  "identity.review.names-swapped",
  "identity.review.date-transposed",
] as const;

export type MatchCode = (typeof MATCH_CODES)[number];

export type RegistrationStatus = "active" | "review" | "refused";

/** A person of another registration whom the identity check finds close. */
export interface PossibleMatch {
  registrationId: string;
  registrationStatus: RegistrationStatus;
  givenName: string;
  familyName: string;
  nativeName: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** The country code as stored. */
  nationality: string;
  code: MatchCode;
}

/** A person of the held registration, with the people of other registrations close to them. */
export interface HeldPerson {
  position: number;
  givenName: string;
  familyName: string;
  nativeName: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  nationality: string;
  matches: PossibleMatch[];
}

export interface HeldRegistration {
  id: string;
  createdAt: string;
  /** The applicant's language, the one they read the officer's reason in. */
  language: string;
  /** Why it was held, in English. */
  reason: string;
  people: HeldPerson[];
}

export type ReviewDecision = "accepted" | "refused";

export interface Reviewed {
  id: string;
  status: "active" | "refused";
}

/** The longest reason the API takes. */
export const REASON_MAX_LENGTH = 2000;

/** The held registrations listed (the oldest, at most 100) and how many are held in all. */
export interface HeldList {
  registrations: HeldRegistration[];
  total: number;
}

/** The registrations held for review, oldest first (at most 100), with the count of all. */
export function listHeldRegistrations(signal?: AbortSignal): Promise<HeldList> {
  return getJson<HeldList>("/api/registrations/held", signal);
}

/**
 * Accepts or refuses a held registration; the reason is required either way and the applicant
 * sees it. A 409 with the code `already-reviewed` means another officer decided first.
 */
export function reviewRegistration(
  id: string,
  decision: ReviewDecision,
  reason: string,
): Promise<Reviewed> {
  return postJson<Reviewed>(`/api/registrations/${encodeURIComponent(id)}/review`, {
    decision,
    reason,
  });
}
