import { runCommandIn } from "../cases/runCommand.ts";
import { dayOf } from "../core/calendar.ts";
import type { Refusal } from "../core/refusal.ts";
import { lockCase } from "../platform/caseLog/store.ts";
import type { ClaimedMessage } from "../platform/outbox/store.ts";
import type { OutboxHandlers } from "../platform/outbox/worker.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../platform/work.ts";
import { noticePdfBytes } from "./document.ts";
import type { NoticeContent } from "./kinds.ts";
import { NOTICE_PURPOSE, noticeLink } from "./projection.ts";
import { noticeLanguage, noticeTexts } from "./texts/index.ts";

/** Haven itself, when the mail server takes a notice's e-mail. */
export const NOTICE_SYSTEM_ACTOR = "system:notices";

export type DeliveryOutcome =
  | { ok: true; recorded: boolean }
  | { ok: false; kind: "missing"; code: string; detail: string }
  | { ok: false; kind: "conflict"; detail: string }
  | { ok: false; kind: "refused"; refusal: Refusal };

const DELIVERY_MISSING = {
  ok: false as const,
  kind: "missing" as const,
  code: "notice-not-found",
  detail: "No such notice mailing is on record for this case.",
};

/**
 * Records a delivery by e-mail or post, in the unit's transaction: the delivery row, and the
 * case fact `NoticeDelivered` through the command pipeline (the in-absentia rule reads it).
 * Recording a delivery already recorded changes nothing.
 */
export async function recordDeliveryIn(
  unit: UnitOfWork,
  services: Services,
  where: { outboxId: string } | { caseId: string; noticeId: string; channel: "postal" },
  delivered: { at: Date; postedOn: string | null; recordedBy: string | null },
): Promise<DeliveryOutcome> {
  let query = unit.trx
    .selectFrom("notice_deliveries")
    .innerJoin("notices", "notices.id", "notice_deliveries.notice_id")
    .select([
      "notice_deliveries.id",
      "notice_deliveries.channel",
      "notice_deliveries.recipient",
      "notice_deliveries.status",
      "notices.id as notice_id",
      "notices.case_id",
      "notices.kind",
      "notices.content",
    ]);
  query =
    "outboxId" in where
      ? query.where("notice_deliveries.outbox_id", "=", where.outboxId)
      : query
          .where("notices.case_id", "=", where.caseId)
          .where("notices.id", "=", where.noticeId)
          .where("notice_deliveries.channel", "=", where.channel);
  const row = await query.forUpdate().executeTakeFirst();
  if (!row || row.channel === "portal") return DELIVERY_MISSING;
  if (row.status === "delivered") return { ok: true, recorded: false };
  const stored = await lockCase(unit.trx, row.case_id);
  if (!stored) return DELIVERY_MISSING;
  await unit.trx
    .updateTable("notice_deliveries")
    .set({
      status: "delivered",
      delivered_at: delivered.at,
      posted_on: delivered.postedOn,
      recorded_by: delivered.recordedBy,
    })
    .where("id", "=", row.id)
    .execute();
  const content = row.content as NoticeContent;
  const command = services.pathway.commandSchema.parse({
    type: "RecordNoticeDelivery",
    noticeId: row.notice_id,
    kind: row.kind,
    channel: row.channel,
    address: row.recipient,
    deliveredAt: delivered.postedOn ?? delivered.at.toISOString(),
    hearing:
      content.kind === "hearing-notice" ? { hearingId: content.hearingId, at: content.at } : null,
  });
  const outcome = await runCommandIn(unit, services, {
    caseId: row.case_id,
    expectedVersion: stored.version,
    command,
  });
  if (outcome.ok) return { ok: true, recorded: true };
  if (outcome.kind === "refused" && outcome.refusal.rule === "notices.delivery.already-recorded") {
    return { ok: true, recorded: false };
  }
  return outcome.kind === "missing" ? DELIVERY_MISSING : outcome;
}

/** A clerk records that the notice's mailing was posted, on `postedOn`. */
export function recordMailing(
  services: Services,
  write: Write,
  caseId: string,
  noticeId: string,
  postedOn: string,
): Promise<DeliveryOutcome> {
  return inTransaction(services, write, async (unit) => {
    unit.audit({ type: "notice", id: noticeId, details: { channel: "postal", postedOn } });
    return recordDeliveryIn(
      unit,
      services,
      { caseId, noticeId, channel: "postal" },
      { at: new Date(`${postedOn}T12:00:00Z`), postedOn, recordedBy: write.actor },
    );
  });
}

/** The notice e-mail, composed at sending from its notice: the site's link, the person's language. */
async function sendNoticeMail(services: Services, message: ClaimedMessage): Promise<string> {
  if (!services.mailer)
    throw Object.assign(new Error("no mailer"), { code: "no mailer is configured" });
  const notice = await services.db
    .selectFrom("notice_deliveries")
    .innerJoin("notices", "notices.id", "notice_deliveries.notice_id")
    .select(["notices.case_id", "notices.language"])
    .where("notice_deliveries.outbox_id", "=", message.id)
    .executeTakeFirstOrThrow();
  const texts = noticeTexts[noticeLanguage(notice.language)];
  return services.mailer.send({
    to: message.recipient,
    subject: texts.email.subject,
    text: texts.email.body(noticeLink(services.publicUrl, notice.case_id)),
    messageId: message.id,
  });
}

/**
 * How notices leave the outbox: the portal shows one at once (its delivery is recorded then);
 * a postal mailing is handed to the office's mail room as awaiting posting, and is delivered
 * when a clerk records it posted; an e-mail is delivered when the mail server takes it, and the
 * delivery goes on the case's record.
 */
export function noticeOutbox(services: Services): Partial<OutboxHandlers> {
  const { db } = services;
  const noticeIdOf = async (message: ClaimedMessage) =>
    (
      await db
        .selectFrom("notice_deliveries")
        .select("notice_id")
        .where("outbox_id", "=", message.id)
        .executeTakeFirstOrThrow()
    ).notice_id;
  return {
    senders: {
      portal: async (message) => {
        await noticePdfBytes(db, await noticeIdOf(message));
        await db
          .updateTable("notice_deliveries")
          .set({ status: "delivered", delivered_at: services.clock() })
          .where("outbox_id", "=", message.id)
          .where("status", "=", "queued")
          .execute();
        return "shown in the portal";
      },
      postal: async (message) => {
        // The mail room prints the PDF: it is made before the mailing waits for posting.
        await noticePdfBytes(db, await noticeIdOf(message));
        await db
          .updateTable("notice_deliveries")
          .set({ status: "awaiting_posting" })
          .where("outbox_id", "=", message.id)
          .where("status", "=", "queued")
          .execute();
        return `queued for mailing on ${dayOf(services.clock().toISOString())}`;
      },
      [`email/${NOTICE_PURPOSE}`]: (message) => sendNoticeMail(services, message),
    },
    delivered: {
      [NOTICE_PURPOSE]: async (message, at) => {
        if (message.channel !== "email") return;
        const outcome = await inTransaction(
          services,
          { actor: NOTICE_SYSTEM_ACTOR, action: "notice.delivered" },
          (unit) =>
            recordDeliveryIn(
              unit,
              services,
              { outboxId: message.id },
              { at, postedOn: null, recordedBy: null },
            ),
        );
        if (!outcome.ok) throw new Error(`the notice's delivery was not recorded: ${outcome.kind}`);
      },
    },
  };
}
