/**
 * Linking a family unit CBP encountered together: LinkFamilyUnit on every member's case, each
 * naming the others, all in one transaction — every case linked, or none (CBP TEDS 2015, 1.9).
 */
import { randomUUID } from "node:crypto";
import { CASE_MISSING } from "../cases/caseMissing.ts";
import { runCommandIn } from "../cases/runCommand.ts";
import { lockCase, type StoredCase } from "../platform/caseLog/store.ts";
import type { Failure } from "../platform/http/problem.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction, type Write } from "../platform/work.ts";
import type { EncountersFacts } from "./state.ts";

export interface FamilyUnitRequest {
  /** Every member's case with the version the officer last saw (at least two, each once). */
  cases: { caseId: string; expectedVersion: number }[];
  /** When the unit was linked, if not now. */
  occurredAt?: string;
}

export type FamilyUnitOutcome =
  | {
      ok: true;
      familyUnitId: string;
      cases: { caseId: string; reference: string; version: number; members: string[] }[];
    }
  /** `caseId`: the case that refused, when one did. */
  | (Failure & { caseId?: string });

const unitOf = (stored: StoredCase) =>
  (stored.state as Partial<EncountersFacts>).familyUnit ?? null;

export function linkFamilyUnit(
  services: Services,
  request: FamilyUnitRequest,
  write: Write,
): Promise<FamilyUnitOutcome> {
  // In the order of their ids, so that two officers linking overlapping units never deadlock.
  const ordered = [...request.cases].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  const named = new Set(ordered.map((entry) => entry.caseId));
  return inTransaction(services, write, async (unit): Promise<FamilyUnitOutcome> => {
    const stored: StoredCase[] = [];
    for (const entry of ordered) {
      const found = await lockCase(unit.trx, entry.caseId);
      if (!found) {
        return { ...CASE_MISSING, caseId: entry.caseId };
      }
      stored.push(found);
    }
    // A unit already on one of the cases is the unit; its members must all be named again.
    const existing = stored.map(unitOf).find((found) => found !== null) ?? null;
    const missing = existing?.members.filter((member) => !named.has(member)) ?? [];
    if (existing && missing.length > 0) {
      return {
        ok: false,
        kind: "conflict",
        code: "family-unit-incomplete",
        detail: `Family unit ${existing.id} also has the case${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: name every member's case to link another to it.`,
      };
    }
    const familyUnitId = existing?.id ?? randomUUID();
    const cases: Extract<FamilyUnitOutcome, { ok: true }>["cases"] = [];
    for (const [index, entry] of ordered.entries()) {
      const members = ordered.map((other) => other.caseId).filter((id) => id !== entry.caseId);
      const outcome = await runCommandIn(unit, services, {
        caseId: entry.caseId,
        expectedVersion: entry.expectedVersion,
        command: services.pathway.commandSchema.parse({
          type: "LinkFamilyUnit",
          familyUnitId,
          members,
        }),
        occurredAt: request.occurredAt,
      });
      if (!outcome.ok) return { ...outcome, caseId: entry.caseId };
      cases.push({
        caseId: entry.caseId,
        reference: stored[index]?.reference ?? "",
        version: outcome.version,
        members,
      });
    }
    return { ok: true, familyUnitId, cases };
  });
}
