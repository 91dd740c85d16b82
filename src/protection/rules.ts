import type { DeadlineRule } from "../core/deadlines/types.ts";
import type { Standard } from "../core/standards.ts";

const positiveServed = [
  { type: "SupervisoryReviewCompleted", when: [{ field: "outcome", equals: "positive" }] },
  { type: "IJReviewDecided", when: [{ field: "decision", equals: "vacated" }] },
  { type: "CredibleFearReconsidered" },
] as const;

export const consultationPeriod: DeadlineRule = {
  id: "protection.cf-consultation",
  // "At least one full calendar day" between the orientation's day and the interview's day:
  // an orientation on Monday leaves Tuesday whole, so the interview may be on Wednesday (+2).
  title: "Credible-fear interview no sooner than one full calendar day after the orientation",
  citation: "8 CFR 208.30(d)(4)",
  kind: "notBefore",
  party: "uscis",
  startsOn: [{ type: "FearClaimed" }],
  length: 2,
  unit: "calendarDays",
  rolls: false,
  check: true,
  stoppedBy: [],
  restart: "replace",
};

export const ijReviewWindow: DeadlineRule = {
  id: "protection.ij-review-7d",
  title:
    "IJ review of a negative credible-fear determination concluded within 7 days (24 hours where practicable)",
  citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42(e)",
  kind: "by",
  party: "court",
  startsOn: [{ type: "IJReviewRequested" }],
  countsFrom: "CredibleFearDetermined",
  length: 7,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [{ type: "IJReviewDecided" }],
  restart: "replace",
};

export const meritsInterviewEarliest: DeadlineRule = {
  id: "protection.merits-interview-earliest",
  title: "Asylum merits interview no sooner than 21 days after the positive record is served",
  citation: "8 CFR 208.9(a)(1); 8 CFR 208.30(f)",
  kind: "notBefore",
  party: "uscis",
  startsOn: positiveServed,
  length: 21,
  unit: "calendarDays",
  rolls: false,
  check: true,
  stoppedBy: [],
  cancelledBy: [{ type: "NoticeToAppearServed" }],
  restart: "replace",
};

export const meritsInterviewLatest: DeadlineRule = {
  id: "protection.merits-interview-latest",
  title: "Asylum merits interview set no later than 45 days after the positive record is served",
  citation: "8 CFR 208.9(a)(1); 8 CFR 208.30(f)",
  kind: "by",
  party: "uscis",
  startsOn: positiveServed,
  length: 45,
  unit: "calendarDays",
  rolls: false,
  check: true,
  stoppedBy: [{ type: "AsylumMeritsInterviewScheduled" }],
  cancelledBy: [{ type: "NoticeToAppearServed" }],
  restart: "replace",
};

export const asylumOneYear: DeadlineRule = {
  id: "protection.asylum-one-year",
  title: "Asylum application (I-589) within one year of the last arrival",
  citation: "INA 208(a)(2)(B),(D); 8 CFR 208.4(a)(2)",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "EncounterRecorded" }],
  length: 1,
  unit: "years",
  rolls: true,
  check: true,
  // In the USCIS merits path the positive credible-fear record is the application (8 CFR 208.3(a)(2)).
  stoppedBy: [{ type: "AsylumApplicationFiled" }, { type: "AsylumMeritsInterviewScheduled" }],
  cancelledBy: [{ type: "Title42Expelled" }, { type: "RemovalExecuted" }],
  restart: "replace",
};

export const eadApply: DeadlineRule = {
  id: "protection.ead-apply-150d",
  title: "Employment authorization: the applicant may apply 150 days after a complete I-589",
  citation: "8 CFR 208.7(a)(1); 8 CFR 274a.12(c)(8)",
  kind: "notBefore",
  party: "applicant",
  startsOn: [{ type: "AsylumApplicationFiled" }],
  startField: "receivedOn",
  length: 150,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  restart: "replace",
};

export const eadGrant: DeadlineRule = {
  id: "protection.ead-grant-180d",
  // Delays the applicant causes stop the asylum clock; Haven does not yet record them.
  title: "Employment authorization may not be granted before day 180 of the asylum clock",
  citation: "8 CFR 208.7(a)(1)",
  kind: "notBefore",
  party: "uscis",
  startsOn: [{ type: "AsylumApplicationFiled" }],
  startField: "receivedOn",
  length: 180,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  restart: "replace",
};

/** Deadlines started by the protection screening and the asylum application. */
export const protectionDeadlines: readonly DeadlineRule[] = [
  consultationPeriod,
  ijReviewWindow,
  meritsInterviewEarliest,
  meritsInterviewLatest,
  asylumOneYear,
  eadApply,
  eadGrant,
];

export const protectionStandards: readonly Standard[] = [
  {
    id: "protection.protected-grounds",
    title: "Protected grounds for asylum; every determination considers each",
    figure:
      "race, religion, nationality, membership in a particular social group, political opinion",
    citation: "INA 101(a)(42)(A)",
  },
  {
    id: "protection.conscription",
    title:
      "Fear of conscription alone is not persecution on a protected ground, unless punishment is disproportionate because of a protected ground or service would involve internationally condemned acts",
    figure: "a determination must say which applies",
    citation:
      "Matter of A-G-, 19 I&N Dec. 502 (BIA 1987); INS v. Elias-Zacarias, 502 U.S. 478 (1992)",
  },
  {
    id: "protection.credible-fear-standard",
    title: "Credible fear standard",
    figure: "significant possibility of establishing eligibility",
    citation: "INA 235(b)(1)(B)(v); 8 CFR 208.30(e)(2)",
  },
  {
    id: "protection.reasonable-fear-standard",
    title: "Reasonable fear standard",
    figure: "reasonable possibility",
    citation: "8 CFR 208.31(c)",
  },
  {
    id: "protection.withholding-cat-standard",
    title: "Withholding of removal and CAT standard",
    figure: "more likely than not",
    citation: "INA 241(b)(3); 8 CFR 208.16-208.18",
  },
  {
    id: "protection.interpreter",
    title: "Interpreter at the credible-fear interview if the person cannot proceed in English",
    figure: "provided by USCIS; language and interpreter on the record",
    citation: "8 CFR 208.30(d)(5)",
  },
  {
    id: "protection.supervisory-review",
    title: "Supervisory review of every credible-fear determination before it is served",
    figure: "—",
    citation: "8 CFR 208.30(e)(8)",
  },
  {
    id: "protection.ij-review-request",
    title: "IJ review of a negative determination on request; a refusal to say counts as a request",
    figure: "no appeal to the BIA from it",
    citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 208.30(g), 1003.42(f)",
  },
  {
    id: "protection.confidentiality",
    title:
      "Asylum and credible-fear information is confidential, never disclosed to the feared government",
    figure: "written consent, or as 8 CFR 208.6 allows",
    citation: "8 CFR 208.6; 8 CFR 1208.6",
  },
];
