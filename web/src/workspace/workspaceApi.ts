/** The workspace API as the web reads it, typed with the server's own schemas. */
import type {
  CaseLine,
  SearchAnswer,
  WorkItemView,
  WorklistView,
} from "../../../src/workspace/schemas.ts";
import { getJson } from "../platform/http.ts";

export type { CaseLine, SearchAnswer, WorkItemView, WorklistView };

export type Scope = "post" | "all";

export function getWorklist(
  scope: Scope,
  after: string | null,
  signal?: AbortSignal,
): Promise<WorklistView> {
  const query = new URLSearchParams({ scope });
  if (after) query.set("after", after);
  return getJson<WorklistView>(`/api/worklist?${query}`, signal);
}

export function searchCases(
  q: string,
  offset: number,
  signal?: AbortSignal,
): Promise<SearchAnswer> {
  const query = new URLSearchParams({ q, offset: String(offset) });
  return getJson<SearchAnswer>(`/api/search?${query}`, signal);
}

/** How urgent an item is now: past due, past its warning point, or neither. */
export function urgency(item: Pick<WorkItemView, "dueAt" | "warnAt">, now: number) {
  if (item.dueAt && Date.parse(item.dueAt) <= now) return "overdue" as const;
  if (item.warnAt && Date.parse(item.warnAt) <= now) return "warning" as const;
  return "due" as const;
}
