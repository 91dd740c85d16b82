import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { dayOf } from "../core/calendar.ts";
import type { Database } from "../platform/database/schema.ts";
import { renderNoticePdf } from "./pdf.ts";
import { noticeLanguage } from "./texts/index.ts";

/**
 * A notice's PDF: made once from the notice's fixed facts and kept, so the document served stays
 * the document (a later change to the texts or the font does not change it). It is made after the
 * command commits — by the first of the outbox's senders or a reader to need it — since making it
 * (embedding the font's glyphs) takes a tenth of a second or more, too long to hold a case's lock.
 */
export async function noticePdfBytes(
  db: Kysely<Database>,
  noticeId: string,
): Promise<Uint8Array | null> {
  const notice = await db
    .selectFrom("notices")
    .select([
      "id",
      "kind",
      "language",
      "address",
      "content",
      "recipient",
      "case_reference",
      "created_at",
      "pdf",
    ])
    .where("id", "=", noticeId)
    .executeTakeFirst();
  if (!notice) return null;
  if (notice.pdf) return notice.pdf;
  const pdf = await renderNoticePdf({
    caseReference: notice.case_reference,
    language: noticeLanguage(notice.language),
    issuedOn: dayOf(notice.created_at.toISOString()),
    createdAt: notice.created_at,
    content: notice.content,
    recipient: { ...notice.recipient, address: notice.address },
  });
  // Two makers at once: the first one's document is the one kept.
  const kept = await db
    .updateTable("notices")
    .set({ pdf, pdf_sha256: createHash("sha256").update(pdf).digest("hex") })
    .where("id", "=", noticeId)
    .where("pdf", "is", null)
    .returning("pdf")
    .executeTakeFirst();
  if (kept?.pdf) return kept.pdf;
  const made = await db
    .selectFrom("notices")
    .select("pdf")
    .where("id", "=", noticeId)
    .executeTakeFirstOrThrow();
  return made.pdf;
}
