/** A case's commands as the web reads and runs them, typed with the server's own schemas. */
import type { CaseAction, CaseActions, FormField } from "../../../src/cases/schemas.ts";
import { getJson, postJson } from "../platform/http.ts";

export type { CaseAction, CaseActions, FormField };

export function getActions(caseId: string, signal?: AbortSignal): Promise<CaseActions> {
  return getJson<CaseActions>(`/api/cases/${encodeURIComponent(caseId)}/actions`, signal);
}

export interface CommandRun {
  expectedVersion: number;
  command: { type: string } & Record<string, unknown>;
  occurredAt?: string;
}

export function runCommand(
  caseId: string,
  run: CommandRun,
): Promise<{ version: number; events: { seq: number; type: string }[] }> {
  return postJson(`/api/cases/${encodeURIComponent(caseId)}/commands`, run);
}
