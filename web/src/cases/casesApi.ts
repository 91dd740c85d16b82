/** The cases API as the web reads it, typed with the server's own schemas (src/cases/schemas.ts). */
import type { CaseSummary, CaseView, TimelineEntry } from "../../../src/cases/schemas.ts";
import { getJson } from "../platform/http.ts";

export type { CaseSummary, CaseView, TimelineEntry };

/** Where a case stands, one word per region. */
export type CaseState = CaseSummary["state"];

/** The person of a case, as a list of cases shows them. */
export type PersonSummary = CaseSummary["person"];

export async function listCases(signal?: AbortSignal): Promise<CaseSummary[]> {
  const body = await getJson<{ cases: CaseSummary[] }>("/api/cases", signal);
  return body.cases;
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseView> {
  return getJson<CaseView>(`/api/cases/${encodeURIComponent(id)}`, signal);
}
