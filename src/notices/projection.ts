import type { CaseEvent } from "../core/caseLog.ts";
import type { CourtFacts } from "../court/state.ts";
import type { PeopleFacts } from "../people/state.ts";
import type { CaseProjection } from "../platform/caseLog/projection.ts";
import { enqueue } from "../platform/outbox/store.ts";
import { type NoticeContent, noticeFor } from "./kinds.ts";
import { noticeAddressee } from "./recipient.ts";
import type { NoticeChannel } from "./state.ts";
import { noticeTexts } from "./texts/index.ts";

/** Where the person reads a case's notices in the web app. */
export function noticeLink(publicUrl: string, caseId: string): string {
  return `${publicUrl}/cases/${caseId}`;
}

/** What every notice message is for, in the outbox and its delivery records. */
export const NOTICE_PURPOSE = "notice";

/**
 * Notices, from the events that call for them, in the command's transaction: the notice (what
 * it says, whom it is for, the address), and one outbox message per channel the person has — the portal always, their account's
 * e-mail when they have one, a postal mailing when the case has an address.
 *
 * Unlike a read model, a notice is a record of a document served: a rebuild must neither drop
 * nor send it again. So `clear` keeps every row, and `update` makes a notice only for an event
 * (case, seq) that has none yet; a rebuild finds them all made.
 */
export const noticesProjection: CaseProjection = {
  name: "notices",
  version: 1,
  async update(trx, { case: stored, events }) {
    const state = stored.state as unknown as CourtFacts & PeopleFacts;
    const called = events.flatMap((event) => {
      const content = noticeFor(event, state.court);
      return content ? [{ event, content }] : [];
    });
    if (called.length === 0) return;
    const made = new Set(
      (
        await trx
          .selectFrom("notices")
          .select("event_seq")
          .where("case_id", "=", stored.id)
          .where(
            "event_seq",
            "in",
            called.map(({ event }) => event.seq),
          )
          .execute()
      ).map((row) => row.event_seq),
    );
    const due = called.filter(({ event }) => !made.has(event.seq));
    if (due.length === 0) return;
    const addressee = await noticeAddressee(trx, stored.personId);
    const address = state.address?.address ?? null;
    for (const { event, content } of due) {
      await makeNotice(trx, stored, event, content, addressee, address);
    }
  },
  async clear() {
    // Notices are kept through a rebuild (above).
  },
};

async function makeNotice(
  trx: Parameters<CaseProjection["update"]>[0],
  stored: Parameters<CaseProjection["update"]>[1]["case"],
  event: CaseEvent,
  content: NoticeContent,
  addressee: Awaited<ReturnType<typeof noticeAddressee>>,
  address: string | null,
) {
  const createdAt = new Date(event.occurredAt);
  // Its PDF is made from these after the command commits (document.ts).
  const { id } = await trx
    .insertInto("notices")
    .values({
      case_id: stored.id,
      event_seq: event.seq,
      kind: content.kind,
      language: addressee.language,
      address,
      content: JSON.stringify(content),
      recipient: JSON.stringify(addressee.recipient),
      case_reference: stored.reference,
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const texts = noticeTexts[addressee.language];
  // The messages carry no name, A-number or content (8 CFR 208.6): the notice is in Haven.
  const channels: { channel: NoticeChannel; recipient: string }[] = [
    { channel: "portal", recipient: "portal" },
    ...(addressee.email ? [{ channel: "email" as const, recipient: addressee.email }] : []),
    ...(address ? [{ channel: "postal" as const, recipient: address }] : []),
  ];
  // The e-mail's sender writes it again with the site's address (delivery.ts); this is its record.
  const link = noticeLink("", stored.id);
  const outboxIds = await enqueue(
    trx,
    channels.map(({ channel, recipient }) => ({
      channel,
      to: recipient,
      subject: texts.email.subject,
      text: texts.email.body(link),
      purpose: NOTICE_PURPOSE,
    })),
    createdAt,
  );
  await trx
    .insertInto("notice_deliveries")
    .values(
      channels.map(({ channel, recipient }, index) => ({
        notice_id: id,
        channel,
        recipient,
        outbox_id: outboxIds[index] ?? "",
        status: "queued" as const,
        delivered_at: null,
        posted_on: null,
        recorded_by: null,
      })),
    )
    .execute();
}
