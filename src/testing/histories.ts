import { demoSlotAt } from "../demo/docket.ts";
/** Common case histories for tests, written as the commands that produce them. */
import {
  interviewHeld,
  negativeConscription,
  positivePolitical,
  step,
} from "../demo/stories/common.ts";
import { history } from "./kit.ts";

/**
 * The person's address, and the mailing of a hearing's notice to it on the next day: what an
 * order in absentia needs on record (INA 240(b)(5)(A); INA 239(c)).
 */
export const hearingNoticeMailedSteps = (
  scheduledAt: string,
  hearing: { hearingId: string; at: string },
  address = "1200 J Street, Sacramento, CA 95814",
) => {
  const postedOn = new Date(Date.parse(scheduledAt) + 86_400_000).toISOString();
  return [
    step(scheduledAt, "applicant", { type: "ChangeAddress", address }),
    step(postedOn, "system", {
      type: "RecordNoticeDelivery",
      noticeId: `notice-${hearing.hearingId}`,
      kind: "hearing-notice",
      channel: "postal",
      address,
      deliveredAt: postedOn.slice(0, 10),
      hearing,
    }),
  ];
};

const detainedSteps = [
  step("2022-12-04T09:00:00Z", "system", {
    type: "OpenCase",
    personId: "person-1",
    nationality: "RU",
    arrivedAt: null,
  }),
  step("2022-12-10T13:00:00Z", "cbp", {
    type: "RecordEncounter",
    place: "Near Tecate",
    port: null,
  }),
  step("2022-12-10T15:00:00Z", "cbp", {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
  }),
  step("2022-12-10T16:00:00Z", "cbp", { type: "ClaimFear", language: "ru" }),
  step("2022-12-12T18:00:00Z", "ice", {
    type: "DetainAtFacility",
    facilityId: "otay-mesa-detention-center",
  }),
];

const interview = step("2022-12-12T19:00:00Z", "ao", {
  type: "ScheduleCredibleFearInterview",
  scheduledFor: "2022-12-15T17:00:00Z",
  language: "ru",
});

const held = step("2022-12-15T19:00:00Z", "ao", interviewHeld("2022-12-15T17:00:00Z", "int-1"));

const negativeSteps = [
  ...detainedSteps,
  interview,
  held,
  step("2022-12-15T20:00:00Z", "ao", negativeConscription()),
  step("2022-12-16T15:00:00Z", "sao", { type: "CompleteSupervisoryReview", outcome: "negative" }),
];

const positiveSteps = [
  ...detainedSteps,
  interview,
  held,
  step(
    "2022-12-15T20:00:00Z",
    "ao",
    positivePolitical("disproportionate_punishment_on_protected_ground"),
  ),
  step("2022-12-16T15:00:00Z", "sao", {
    type: "CompleteSupervisoryReview",
    outcome: "positive",
  }),
];

export const inProceedingsSteps = [
  ...positiveSteps,
  step("2022-12-19T15:00:00Z", "ice", { type: "ServeNoticeToAppear", court: "eoir-san-diego" }),
  step("2022-12-20T15:00:00Z", "clerk", {
    type: "ScheduleHearing",
    hearingId: "h-1",
    slotId: demoSlotAt("eoir-san-diego", "2023-01-10T16:00:00Z", "master"),
  }),
  step("2023-01-10T17:00:00Z", "ij", { type: "HoldHearing", hearingId: "h-1" }),
];

export const opened = (nationality = "RU") =>
  history([
    step("2022-12-04T09:00:00Z", "system", {
      type: "OpenCase",
      personId: "person-1",
      nationality,
      arrivedAt: null,
    }),
  ]);

/** Encountered between ports in December 2022, expedited removal, claimed fear, detained. */
export const detainedAfterFearClaim = () => history(detainedSteps);

/** A negative determination reviewed and served on 2022-12-16. */
export const negativeServed = () => history(negativeSteps);

/** A positive determination reviewed and served on 2022-12-16. */
export const positiveServed = () => history(positiveSteps);

/** Negative upheld by the IJ and an expedited removal order to Russia on 2022-12-21. */
export const expeditedOrder = () =>
  history([
    ...negativeSteps,
    step("2022-12-16T16:00:00Z", "applicant", { type: "RequestIJReview", how: "requested" }),
    step("2022-12-21T18:00:00Z", "ij", {
      type: "DecideIJReview",
      decision: "affirmed",
      judgeId: "ij-1",
    }),
    step("2022-12-21T19:00:00Z", "ice", { type: "OrderExpeditedRemoval", country: "RU" }),
  ]);

/** In removal proceedings after a positive determination: NTA 2022-12-19, a master hearing held. */
export const inProceedings = () => history(inProceedingsSteps);

/** An IJ denial with a removal order, delivered orally on 2023-03-01 (appeal due 2023-03-31). */
export const ijOrderedRemoval = () =>
  history([
    ...inProceedingsSteps,
    step("2023-03-01T20:00:00Z", "ij", {
      type: "IssueIJDecision",
      reasons: "Removable as charged; the findings on each application are stated on the record.",
      outcome: "denied",
      removalOrdered: true,
      delivery: "oral",
      servedOn: "2023-03-01",
      country: "RU",
    }),
  ]);

/** Ordered removed in absentia on 2023-02-01 after missing a hearing; detained again. */
export const inAbsentiaOrdered = () =>
  history([
    ...inProceedingsSteps,
    step("2023-01-11T15:00:00Z", "ice", { type: "GrantParole", basis: "urgent_humanitarian" }),
    step("2023-01-12T15:00:00Z", "clerk", {
      type: "ScheduleHearing",
      hearingId: "h-2",
      slotId: demoSlotAt("eoir-san-diego", "2023-02-01T16:00:00Z", "individual"),
    }),
    ...hearingNoticeMailedSteps("2023-01-12T15:00:00Z", {
      hearingId: "h-2",
      at: "2023-02-01T16:00:00Z",
    }),
    step("2023-02-01T17:00:00Z", "ij", {
      type: "HoldHearing",
      hearingId: "h-2",
      respondentAppeared: false,
    }),
    step("2023-02-01T17:30:00Z", "ij", {
      type: "IssueIJDecision",
      reasons: "Removable as charged; the findings on each application are stated on the record.",
      outcome: "denied",
      removalOrdered: true,
      inAbsentia: true,
      delivery: "written",
      country: "RU",
    }),
    step("2023-04-01T15:00:00Z", "ice", {
      type: "DetainAtFacility",
      facilityId: "otay-mesa-detention-center",
    }),
  ]);
