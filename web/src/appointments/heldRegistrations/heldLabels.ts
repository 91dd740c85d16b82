import type { TFunction } from "i18next";
import { MATCH_CODES, type MatchCode, type RegistrationStatus } from "../registrationReviewApi.ts";

const STATUSES: readonly RegistrationStatus[] = ["active", "review", "refused"];

/** "Family and given names the other way round"…; a code this version does not know shows as it is. */
export function matchLabel(t: TFunction, code: string): string {
  if (!MATCH_CODES.includes(code as MatchCode)) return code;
  // "identity.review.names-swapped" → held.match.review.names-swapped (a dot is i18next's separator).
  const key = (code as MatchCode).slice("identity.".length) as MatchKey<MatchCode>;
  return t(`held.match.${key}`);
}

type MatchKey<C> = C extends `identity.${infer K}` ? K : never;

/** The other registration's status, as staff name it ("Registered", "Held for review", "Refused"). */
export function registrationStatusLabel(t: TFunction, status: string): string {
  return STATUSES.includes(status as RegistrationStatus)
    ? t(`held.registrationStatus.${status as RegistrationStatus}`)
    : status;
}
