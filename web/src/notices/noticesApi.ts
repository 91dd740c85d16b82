/** A case's notices as the web reads them, typed with the server's own schemas. */
import type { z } from "zod";
import type { noticeListSchema, noticeSchema } from "../../../src/notices/schemas.ts";
import { getJson, postJson } from "../platform/http.ts";

export type Notice = z.infer<typeof noticeSchema>;
export type NoticeDelivery = Notice["deliveries"][number];

export async function listNotices(caseId: string, signal?: AbortSignal): Promise<Notice[]> {
  const body = await getJson<z.infer<typeof noticeListSchema>>(
    `/api/cases/${encodeURIComponent(caseId)}/notices`,
    signal,
  );
  return body.notices;
}

export function recordMailing(caseId: string, noticeId: string, postedOn: string) {
  return postJson<{ recorded: boolean }>(
    `/api/cases/${encodeURIComponent(caseId)}/notices/${encodeURIComponent(noticeId)}/mailings`,
    { postedOn },
  );
}
