/** Referrals for a humanitarian exception: NGO screeners refer, CBP officers decide. */
import { getJson, postJson } from "../api.ts";
import type { PersonInput } from "./appointmentsApi.ts";

export const CATEGORIES = [
  "women_with_small_children",
  "serious_illness",
  "lgbt",
  "disability",
  "pregnancy",
  "elderly",
  "other",
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface NewReferral {
  person: PersonInput;
  category: Category;
  note?: string;
}

export interface Referral {
  id: string;
  person: { displayName: string };
  category: string;
  note: string | null;
  status: string;
  createdAt: string;
  decision: null | { decidedAt: string; decidedBy: string; reason: string };
  position: number | null;
  /** The person's case, once Haven opened it (the screener may follow it). */
  caseId?: string | null;
}

export type Decision = "granted" | "refused";

export function refer(referral: NewReferral): Promise<unknown> {
  return postJson<unknown>("/api/referrals", referral);
}

export async function listReferrals(signal?: AbortSignal): Promise<Referral[]> {
  return (await getJson<{ referrals: Referral[] }>("/api/referrals", signal)).referrals;
}

export async function decide(id: string, decision: Decision, reason: string): Promise<void> {
  await postJson<unknown>(`/api/referrals/${encodeURIComponent(id)}/decision`, {
    decision,
    reason,
  });
}
