/** Referrals for a humanitarian exception: NGO screeners refer, CBP officers decide. */
import type { ReferralCategory, ReferralList } from "../../../src/appointments/referrals/routes.ts";
import { allOf } from "../platform/allOf.ts";
import { getJson, postJson } from "../platform/http.ts";
import type { PersonInput } from "./appointmentsApi.ts";

export type Category = ReferralCategory;

export const CATEGORIES = allOf<Category>()([
  "women_with_small_children",
  "serious_illness",
  "lgbt",
  "disability",
  "pregnancy",
  "elderly",
  "other",
]);

/** What `POST /api/referrals` takes (the route declares its body inline, so it is written here). */
export interface NewReferral {
  person: PersonInput;
  category: Category;
  note?: string;
}

export type Referral = ReferralList["referrals"][number];

export type Decision = "granted" | "refused";

export function refer(referral: NewReferral): Promise<unknown> {
  return postJson<unknown>("/api/referrals", referral);
}

export async function listReferrals(signal?: AbortSignal): Promise<Referral[]> {
  return (await getJson<ReferralList>("/api/referrals", signal)).referrals;
}

export async function decide(id: string, decision: Decision, reason: string): Promise<void> {
  await postJson<unknown>(`/api/referrals/${encodeURIComponent(id)}/decision`, {
    decision,
    reason,
  });
}
