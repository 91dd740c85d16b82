import type { CaseEvent } from "../core/caseLog.ts";
import { dueFor } from "../core/deadlines/index.ts";
import type { CourtEventData } from "../court/events.ts";
import { biaAppeal } from "../court/rules.ts";
import type { CourtFacts } from "../court/state.ts";
import type { ProtectionEventData } from "../protection/events.ts";
import type { NoticeKind } from "./state.ts";
import { hearingTimeZone, localTime } from "./timeZones.ts";

/** What a notice says, as facts: each language's text is made from these (texts/). */
export type NoticeContent =
  | { kind: "notice-to-appear"; court: string; servedOn: string }
  | {
      kind: "hearing-notice";
      hearingId: string;
      hearingKind: "master" | "individual";
      at: string;
      court: string;
      timeZone: string;
      day: string;
      time: string;
      /** The courtroom and the interpreter's language (ISO 639), where the docket says them. */
      room?: string | null;
      interpreterLanguage?: string | null;
    }
  | { kind: "credible-fear-determination"; outcome: "positive" | "negative" }
  | { kind: "ij-review-decision"; decision: "affirmed" | "vacated" }
  | {
      kind: "ij-decision";
      outcome: CourtEventData["IJDecisionIssued"]["outcome"];
      removalOrdered: boolean;
      inAbsentia: boolean;
      servedOn: string;
      /** The last day to appeal to the BIA (8 CFR 1003.38(b)); null for an order in absentia. */
      appealDue: string | null;
    }
  | {
      kind: "bia-decision";
      decision: CourtEventData["AppealDecided"]["decision"];
      removalOrdered: boolean;
    };

type Data = CourtEventData & ProtectionEventData;

/**
 * The notice an event calls for, or null: the Notice to Appear, a hearing's notice, the
 * credible-fear determination as served, the judge's review of it, the judge's decision and the
 * BIA's. `court` is the case's state after the write (the court a hearing is before).
 */
export function noticeFor(
  event: CaseEvent,
  court: CourtFacts["court"],
): (NoticeContent & { kind: NoticeKind }) | null {
  switch (event.type) {
    case "NoticeToAppearServed": {
      const data = event.data as Data["NoticeToAppearServed"];
      return { kind: "notice-to-appear", court: data.court, servedOn: data.servedOn };
    }
    case "HearingScheduled": {
      const data = event.data as Data["HearingScheduled"];
      const where = data.court ?? court?.court ?? "";
      const timeZone = hearingTimeZone(where || null, data.timeZone);
      return {
        kind: "hearing-notice",
        hearingId: data.hearingId,
        hearingKind: data.kind,
        at: data.at,
        court: where,
        timeZone,
        ...localTime(data.at, timeZone),
        room: data.room ?? null,
        interpreterLanguage: data.interpreterLanguage ?? null,
      };
    }
    case "SupervisoryReviewCompleted": {
      const data = event.data as Data["SupervisoryReviewCompleted"];
      return { kind: "credible-fear-determination", outcome: data.outcome };
    }
    case "IJReviewDecided": {
      const data = event.data as Data["IJReviewDecided"];
      return { kind: "ij-review-decision", decision: data.decision };
    }
    case "IJDecisionIssued": {
      const data = event.data as Data["IJDecisionIssued"];
      return {
        kind: "ij-decision",
        outcome: data.outcome,
        removalOrdered: data.removalOrdered,
        inAbsentia: data.inAbsentia,
        servedOn: data.servedOn,
        appealDue: data.inAbsentia ? null : dueFor(biaAppeal, data.servedOn).due,
      };
    }
    case "AppealDecided": {
      const data = event.data as Data["AppealDecided"];
      return { kind: "bia-decision", decision: data.decision, removalOrdered: data.removalOrdered };
    }
    default:
      return null;
  }
}
