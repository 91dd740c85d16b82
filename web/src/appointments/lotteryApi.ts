/** The published record of a day's draw (docs/lottery.md, "The published record"). */
import type { PublishedDrawAnswer } from "../../../src/appointments/draws/routes.ts";
import { getJson } from "../platform/http.ts";

export type PublishedDraw = PublishedDrawAnswer;

export function getDraw(date: string, signal?: AbortSignal): Promise<PublishedDraw> {
  return getJson<PublishedDraw>(`/api/lottery/${encodeURIComponent(date)}`, signal);
}
