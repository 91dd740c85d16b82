/** The courts and their dockets as the web reads them, typed with the server's own schemas. */
import type {
  CourtView,
  Docket,
  DocketSlotView,
  NewSession,
} from "../../../src/court/docket/schemas.ts";
import { getJson, postJson } from "../platform/http.ts";

export type { CourtView, Docket, DocketSlotView, NewSession };

export async function getCourts(signal?: AbortSignal): Promise<CourtView[]> {
  return (await getJson<{ courts: CourtView[] }>("/api/courts", signal)).courts;
}

export function getDocket(
  court: string,
  query: { day: string; judge?: string; free?: boolean; kind?: string },
  signal?: AbortSignal,
): Promise<Docket> {
  const params = new URLSearchParams({ day: query.day });
  if (query.judge) params.set("judge", query.judge);
  if (query.kind) params.set("kind", query.kind);
  if (query.free) params.set("free", "true");
  return getJson<Docket>(`/api/courts/${encodeURIComponent(court)}/docket?${params}`, signal);
}

export function addSession(
  court: string,
  session: NewSession,
): Promise<{ id: string; slots: DocketSlotView[] }> {
  return postJson(`/api/courts/${encodeURIComponent(court)}/sessions`, session);
}

/** Today on a court's clock, YYYY-MM-DD. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone }).format(new Date());
}

/** The name of a judge of the court, or their id when the roster does not list them. */
export function judgeName(court: CourtView | undefined, judgeId: string): string {
  return court?.judges.find((judge) => judge.id === judgeId)?.name ?? judgeId;
}
