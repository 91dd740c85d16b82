import type { KernelState } from "../core/pathway/index.ts";

/** The channels a notice goes by: the portal, e-mail, and a recorded postal mailing. */
export const noticeChannels = ["portal", "email", "postal"] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

/** The notices Haven makes, each from the event that calls for it. */
export const noticeKinds = [
  "notice-to-appear",
  "hearing-notice",
  "credible-fear-determination",
  "ij-review-decision",
  "ij-decision",
  "bia-decision",
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** A notice delivered by e-mail or post, as the case's record keeps it. */
export interface NoticeDelivery {
  noticeId: string;
  kind: NoticeKind;
  channel: "email" | "postal";
  /** The postal address or e-mail address it went to, as it was then. */
  address: string;
  /** The day it was posted (postal) or the instant the mail server took it (e-mail). */
  deliveredAt: string;
  /** For a hearing notice: the hearing and the time the notice gave for it. */
  hearing: { hearingId: string; at: string } | null;
}

/** The notices area's facts: every delivery of a notice to the person. */
export interface NoticesFacts {
  noticeDeliveries: NoticeDelivery[];
}

export type NoticesView = KernelState & NoticesFacts;

export function noticesFacts(): NoticesFacts {
  return { noticeDeliveries: [] };
}
