/** A case's family unit as the web reads and links it, typed with the server's own schemas. */
import type { FamilyUnitAnswer, FamilyUnitView } from "../../../src/encounters/routes.ts";
import { getJson, postJson } from "../platform/http.ts";

export type { FamilyUnitAnswer, FamilyUnitView };

export function getFamilyUnit(caseId: string, signal?: AbortSignal): Promise<FamilyUnitView> {
  return getJson<FamilyUnitView>(`/api/cases/${encodeURIComponent(caseId)}/family-unit`, signal);
}

export function linkFamilyUnit(
  cases: { caseId: string; expectedVersion: number }[],
): Promise<FamilyUnitAnswer> {
  return postJson<FamilyUnitAnswer>("/api/family-units", { cases });
}
