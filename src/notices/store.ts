import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../platform/database/schema.ts";
import type { noticeSchema } from "./schemas.ts";
import { noticeLanguage, noticeTexts } from "./texts/index.ts";

type Notice = z.infer<typeof noticeSchema>;

/** A case's notices, newest first, each with every channel's delivery and where it stands. */
export async function listNotices(db: Kysely<Database>, caseId: string): Promise<Notice[]> {
  const notices = await db
    .selectFrom("notices")
    .select(["id", "kind", "language", "address", "created_at", "pdf_sha256"])
    .where("case_id", "=", caseId)
    .orderBy("created_at", "desc")
    .orderBy("event_seq", "desc")
    .execute();
  if (notices.length === 0) return [];
  const deliveries = await db
    .selectFrom("notice_deliveries")
    .innerJoin("outbox", "outbox.id", "notice_deliveries.outbox_id")
    .select([
      "notice_deliveries.notice_id",
      "notice_deliveries.channel",
      "notice_deliveries.recipient",
      "notice_deliveries.status",
      "notice_deliveries.delivered_at",
      "notice_deliveries.posted_on",
      "outbox.status as outbox_status",
      "outbox.attempts",
    ])
    .where(
      "notice_deliveries.notice_id",
      "in",
      notices.map((notice) => notice.id),
    )
    .orderBy("notice_deliveries.channel")
    .execute();
  return notices.map((notice) => ({
    id: notice.id,
    kind: notice.kind,
    language: notice.language,
    address: notice.address,
    createdAt: notice.created_at.toISOString(),
    title: noticeTexts[noticeLanguage(notice.language)].titles[notice.kind],
    pdf: `/api/cases/${caseId}/notices/${notice.id}.pdf`,
    pdfSha256: notice.pdf_sha256,
    deliveries: deliveries
      .filter((delivery) => delivery.notice_id === notice.id)
      .map((delivery) => ({
        channel: delivery.channel,
        recipient: delivery.recipient,
        status:
          delivery.outbox_status === "failed" && delivery.status !== "delivered"
            ? ("failed" as const)
            : delivery.status,
        deliveredAt: delivery.delivered_at?.toISOString() ?? null,
        postedOn: delivery.posted_on,
        attempts: delivery.attempts,
      })),
  }));
}

/** A notice of the case, by id. */
export async function findNotice(db: Kysely<Database>, caseId: string, noticeId: string) {
  return db
    .selectFrom("notices")
    .select(["id", "kind"])
    .where("case_id", "=", caseId)
    .where("id", "=", noticeId)
    .executeTakeFirst();
}
