import { demoSlotAt } from "../docket.ts";
import { actors, interviewHeld, negativeConscription, step } from "./common.ts";
import { demoFlights, onFlight } from "./flights.ts";

const arrival = (personId: string) => [
  step("2022-12-04T09:00:00Z", actors.system, {
    type: "OpenCase",
    personId,
    nationality: "RU",
    arrivedAt: "2022-12-04T09:00:00Z",
  }),
  step("2022-12-10T13:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "Between ports near Tecate, CA",
    port: null,
  }),
  step("2022-12-10T15:00:00Z", actors.cbp, {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
  }),
  step("2022-12-10T16:00:00Z", actors.cbp, { type: "ClaimFear", language: "ru" }),
  step("2022-12-12T18:00:00Z", actors.ice, {
    type: "DetainAtFacility",
    facilityId: "otay-mesa-detention-center",
  }),
  step("2022-12-12T19:00:00Z", actors.asylumOfficer, {
    type: "ScheduleCredibleFearInterview",
    scheduledFor: "2022-12-15T17:00:00Z",
    language: "ru",
  }),
  step(
    "2022-12-15T19:00:00Z",
    actors.asylumOfficer,
    interviewHeld("2022-12-15T17:00:00Z", "interpreter-ru-044"),
  ),
  step("2022-12-15T20:00:00Z", actors.asylumOfficer, negativeConscription()),
  step("2022-12-16T15:00:00Z", actors.supervisor, {
    type: "CompleteSupervisoryReview",
    outcome: "negative",
  }),
  step("2022-12-16T16:00:00Z", actors.applicant, { type: "RequestIJReview", how: "requested" }),
  step("2022-12-21T18:00:00Z", actors.judge, {
    type: "DecideIJReview",
    decision: "affirmed",
    judgeId: "ij-otay-mesa-2",
  }),
  step("2022-12-21T19:00:00Z", actors.ice, { type: "OrderExpeditedRemoval", country: "RU" }),
];

/**
 * (c) The younger of two brothers fleeing the draft, picked up near Tecate in December 2022:
 * negative credible fear, the IJ affirmed, removed to Russia in January 2023.
 */
export const youngerBrotherStory = [
  ...arrival("demo-person-104"),
  step("2023-01-09T15:00:00Z", actors.ice, onFlight(demoFlights.sanDiego)),
  step("2023-01-17T14:00:00Z", actors.ice, { type: "ExecuteRemoval" }),
];

/**
 * (c) The older brother: same screening; moved to a detention center in Pennsylvania; ICE stayed
 * his removal while USCIS reconsidered; in August 2023 the determination was reconsidered and he
 * is in removal proceedings, where he cannot be removed.
 */
export const olderBrotherStory = [
  ...arrival("demo-person-105"),
  step("2023-01-05T15:00:00Z", actors.ice, {
    type: "TransferToFacility",
    facilityId: "moshannon-valley-processing-center",
  }),
  step("2023-02-01T15:00:00Z", actors.ice, { type: "GrantStay", stayId: "stay-105-1", by: "dhs" }),
  step("2023-08-08T15:00:00Z", actors.asylumOfficer, {
    type: "ReconsiderCredibleFear",
    reasons:
      "Counsel submitted evidence of membership in a persecuted minority group, which the first interview did not bring out.",
  }),
  step("2023-08-09T15:00:00Z", actors.ice, { type: "ServeNoticeToAppear", court: "eoir-york" }),
  step("2023-08-10T15:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-105-1",
    slotId: demoSlotAt("eoir-york", "2023-08-24T14:00:00Z", "master"),
  }),
  step("2023-08-24T16:00:00Z", actors.judge, { type: "HoldHearing", hearingId: "hearing-105-1" }),
];
