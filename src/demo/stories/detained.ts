import { demoSlotAt } from "../docket.ts";
import { actors, interviewHeld, negativeConscription, step } from "./common.ts";
import { demoFlights, onFlight } from "./flights.ts";

/**
 * (d) A man held seven months in Louisiana: negative credible fear, the IJ affirmed and he was
 * ordered removed; he refused to board in January 2023 and went back to detention; in May 2023
 * the determination was reconsidered, he was paroled, and he pursues asylum in court.
 */
export const detainedMonthsStory = [
  step("2022-10-11T20:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-106",
    nationality: "RU",
    arrivedAt: "2022-10-11T20:00:00Z",
  }),
  step("2022-10-14T06:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "Between ports near El Paso, TX",
    port: null,
  }),
  step("2022-10-14T08:00:00Z", actors.cbp, {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
  }),
  step("2022-10-14T09:00:00Z", actors.cbp, { type: "ClaimFear", language: "ru" }),
  step("2022-10-16T15:00:00Z", actors.ice, {
    type: "DetainAtFacility",
    facilityId: "lasalle-ice-processing-center",
  }),
  step("2022-10-17T15:00:00Z", actors.asylumOfficer, {
    type: "ScheduleCredibleFearInterview",
    scheduledFor: "2022-10-20T15:00:00Z",
    language: "ru",
  }),
  step(
    "2022-10-20T17:00:00Z",
    actors.asylumOfficer,
    interviewHeld("2022-10-20T15:00:00Z", "interpreter-ru-009"),
  ),
  step("2022-10-20T18:00:00Z", actors.asylumOfficer, negativeConscription()),
  step("2022-10-21T15:00:00Z", actors.supervisor, {
    type: "CompleteSupervisoryReview",
    outcome: "negative",
  }),
  // He would not say whether he wanted review: that counts as a request (8 CFR 208.30(g)(1)).
  step("2022-10-21T16:00:00Z", actors.asylumOfficer, {
    type: "RequestIJReview",
    how: "declined_to_indicate",
  }),
  step("2022-10-27T17:00:00Z", actors.judge, {
    type: "DecideIJReview",
    decision: "affirmed",
    judgeId: "ij-oakdale-1",
  }),
  step("2022-10-27T18:00:00Z", actors.ice, { type: "OrderExpeditedRemoval", country: "RU" }),
  step("2023-01-05T15:00:00Z", actors.ice, onFlight(demoFlights.alexandria)),
  step("2023-01-12T13:30:00Z", actors.ice, {
    type: "RecordFailedRemovalAttempt",
    reason: "refused_to_board",
    detail: "Refused to board the flight at Alexandria, LA; returned to detention.",
  }),
  step("2023-05-08T15:00:00Z", actors.asylumOfficer, {
    type: "ReconsiderCredibleFear",
    reasons:
      "Counsel showed that refusing to fight a war he calls fratricidal is a political opinion the authorities would punish disproportionately.",
  }),
  step("2023-05-09T15:00:00Z", actors.ice, {
    type: "ServeNoticeToAppear",
    court: "eoir-new-orleans",
  }),
  step("2023-05-10T15:00:00Z", actors.ice, { type: "GrantParole", basis: "urgent_humanitarian" }),
  step("2023-05-25T15:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-106-1",
    slotId: demoSlotAt("eoir-new-orleans", "2023-09-12T15:00:00Z", "master"),
  }),
];
