import { compareInstants, dayOf } from "../core/calendar.ts";
import { type Refusal, refusal } from "../core/refusal.ts";
import type { PeopleFacts } from "../people/state.ts";
import type { NoticesFacts } from "./state.ts";

/**
 * INA 240(b)(5)(A): an order of removal in absentia needs "clear, unequivocal, and convincing
 * evidence that the written notice required under paragraph (1) or (2) of section 239(a) has been
 * provided", and service by mail is to the address the person last provided (INA 239(a)(1)(F),
 * 239(c)). Haven asks for the record of it: the notice of the hearing the person missed, for the
 * hearing's time as scheduled, mailed to the address on the case now. A change of address after
 * the mailing makes the old mailing insufficient (the person told the court where to write).
 */
export const inAbsentiaNoticeRule = {
  id: "court.in-absentia.notice-not-delivered",
  citation: "INA 240(b)(5)(A); INA 239(a)(1)(G), 239(c)",
} as const;

type View = Pick<PeopleFacts, "address"> & NoticesFacts;

/** Addresses compare as the person wrote them, ignoring case and runs of spaces. */
function sameAddress(a: string, b: string): boolean {
  const norm = (address: string) => address.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

/** Why the hearing's notice does not support an order in absentia, or null when it does. */
export function inAbsentiaNoticeRefusal(
  state: View,
  hearing: { hearingId: string; at: string },
): Refusal | null {
  const current = state.address?.address ?? null;
  const mailed = state.noticeDeliveries.filter(
    (delivery) =>
      delivery.channel === "postal" &&
      delivery.hearing?.hearingId === hearing.hearingId &&
      compareInstants(delivery.hearing.at, hearing.at) === 0,
  );
  if (current !== null && mailed.some((delivery) => sameAddress(delivery.address, current))) {
    return null;
  }
  const when = `hearing ${hearing.hearingId} of ${dayOf(hearing.at)}`;
  const message =
    current === null
      ? `No address is on record for the respondent, so no notice of ${when} was mailed to one: there is no order in absentia.`
      : mailed.length > 0
        ? `The notice of ${when} was mailed to an earlier address; the respondent's address has changed since: there is no order in absentia.`
        : `No mailing of the notice of ${when} to the respondent's current address is on record: there is no order in absentia.`;
  return refusal(inAbsentiaNoticeRule.id, inAbsentiaNoticeRule.citation, message, "inAbsentia");
}
