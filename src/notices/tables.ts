/** The notices area's tables (migration 0017), added to the platform's `Database`. */
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { NoticeContent } from "./kinds.ts";
import type { NoticeRecipient } from "./pdf.ts";
import type { NoticeChannel, NoticeKind } from "./state.ts";

/**
 * Where a delivery stands: queued in the outbox; awaiting posting (handed to the office's mail
 * room, not yet posted); delivered (shown in the portal, taken by the mail server, or posted).
 * A message the outbox gave up on shows as failed through its outbox row.
 */
export const deliveryStatuses = ["queued", "awaiting_posting", "delivered"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * A notice made from a case event: what it says and whom it is for, fixed when it is made, and
 * its PDF, made from those once, after the command commits (pdf.ts), and kept.
 */
export interface NoticesTable {
  id: Generated<string>;
  case_id: string;
  /** The event that called for it: one notice per event. */
  event_seq: number;
  kind: NoticeKind;
  language: string;
  /** The postal address it is for (the case's address then), or null when there was none. */
  address: string | null;
  content: JSONColumnType<NoticeContent>;
  /** The person as the notice names them (it is their own document). */
  recipient: JSONColumnType<Omit<NoticeRecipient, "address">>;
  case_reference: string;
  pdf: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array>;
  /** SHA-256 of the PDF, hex. */
  pdf_sha256: ColumnType<string | null, string | null | undefined, string>;
  created_at: ColumnType<Date, Date, never>;
}

/** One channel's delivery of a notice, with the outbox message that carries it. */
export interface NoticeDeliveriesTable {
  id: Generated<string>;
  notice_id: string;
  channel: NoticeChannel;
  /** "portal", the e-mail address, or the postal address as it was. */
  recipient: string;
  outbox_id: string;
  status: ColumnType<DeliveryStatus, DeliveryStatus | undefined, DeliveryStatus>;
  delivered_at: Date | null;
  /** For a postal mailing: the day it was posted, and who recorded it. */
  posted_on: string | null;
  recorded_by: string | null;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    notices: NoticesTable;
    notice_deliveries: NoticeDeliveriesTable;
  }
}
