import type { DeadlineRule, Trigger } from "../core/deadlines/types.ts";
import type { Standard } from "../core/standards.ts";

/**
 * The events that make an IJ's order final (8 CFR 1241.1(a)-(c)). An order the appeal period let
 * become final is final on that period's last day (1241.1(c)), which the event carries: the clerk
 * may record it days later.
 */
const orderBecomesFinal: readonly Trigger[] = [
  { type: "AppealWaived" },
  { type: "AppealPeriodExpired", startField: "deadline" },
  { type: "AppealDecided", when: [{ field: "decision", equals: "dismissed" }] },
  { type: "AppealDecided", when: [{ field: "decision", equals: "sustained" }] },
];

export const firstHearingWait: DeadlineRule = {
  id: "court.first-hearing-10d",
  title:
    "First hearing no sooner than 10 days after the Notice to Appear is served (unless waived)",
  citation: "INA 239(b)(1)",
  kind: "notBefore",
  party: "court",
  startsOn: [{ type: "NoticeToAppearServed" }],
  startField: "servedOn",
  length: 10,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  restart: "replace",
};

export const biaAppeal: DeadlineRule = {
  id: "court.bia-appeal-30d",
  title: "Appeal of an IJ decision to the BIA (EOIR-26) within 30 calendar days",
  citation: "8 CFR 1003.38(b)",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "IJDecisionIssued", when: [{ field: "inAbsentia", equals: false }] }],
  startField: "servedOn",
  length: 30,
  unit: "calendarDays",
  rolls: true,
  check: false,
  stoppedBy: [{ type: "AppealFiled" }],
  cancelledBy: [{ type: "AppealWaived" }],
  restart: "replace",
};

export const motionToReconsider: DeadlineRule = {
  id: "court.motion-reconsider-30d",
  title: "Motion to reconsider within 30 days of the final order",
  citation: "INA 240(c)(6)(B); 8 CFR 1003.23(b)(1); 8 CFR 1003.2(b)(2)",
  kind: "by",
  party: "applicant",
  startsOn: orderBecomesFinal,
  length: 30,
  unit: "calendarDays",
  rolls: true,
  check: false,
  stoppedBy: [{ type: "MotionFiled", when: [{ field: "kind", equals: "reconsider" }] }],
  restart: "replace",
};

export const motionToReopen: DeadlineRule = {
  id: "court.motion-reopen-90d",
  title: "Motion to reopen within 90 days of the final order (one motion)",
  citation: "INA 240(c)(7)(C)(i); 8 CFR 1003.23(b)(1); 8 CFR 1003.2(c)(2)",
  kind: "by",
  party: "applicant",
  startsOn: orderBecomesFinal,
  length: 90,
  unit: "calendarDays",
  rolls: true,
  check: false,
  stoppedBy: [{ type: "MotionFiled", when: [{ field: "kind", equals: "reopen" }] }],
  restart: "replace",
};

export const petitionForReview: DeadlineRule = {
  id: "court.petition-for-review-30d",
  title:
    "Petition for review in the federal court of appeals within 30 days of the final order (no automatic stay)",
  citation: "INA 242(b)(1); FRAP 26(a)",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "AppealDecided", when: [{ field: "removalOrdered", equals: true }] }],
  length: 30,
  unit: "calendarDays",
  rolls: true,
  check: false,
  stoppedBy: [{ type: "PetitionForReviewFiled" }],
  restart: "replace",
};

/** Deadlines started in removal proceedings. */
export const courtDeadlines: readonly DeadlineRule[] = [
  firstHearingWait,
  biaAppeal,
  motionToReconsider,
  motionToReopen,
  petitionForReview,
];

export const courtStandards: readonly Standard[] = [
  {
    id: "court.appeal-stay",
    title: "Removal is stayed during the appeal period and while an appeal is pending",
    figure: "—",
    citation: "8 CFR 1003.6(a)",
  },
  {
    id: "court.final-order",
    title: "When a removal order becomes final",
    figure: "BIA dismisses the appeal; appeal waived; appeal time expires; in absentia when made",
    citation: "8 CFR 1241.1",
  },
  {
    id: "court.in-absentia-stay",
    title: "A motion to reopen an in-absentia order for lack of notice stays removal while pending",
    figure: "may be filed at any time",
    citation: "INA 240(b)(5)(C)",
  },
  {
    id: "court.motion-number",
    title: "One motion to reopen and one motion to reconsider",
    figure: "1 each",
    citation: "8 CFR 1003.23(b)(1)",
  },
];
