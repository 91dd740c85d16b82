import { demoSlotAt } from "../docket.ts";
import { actors, interviewHeld, negativeConscription, step } from "./common.ts";
import { demoFlights, onFlight } from "./flights.ts";

/**
 * (e) A man who fainted while being loaded onto the removal flight (attempt failed: medical),
 * went on hunger strike in detention, and in May 2023 was given a chance before an immigration
 * judge; the judge set a $20,000 bond that his family cannot pay.
 */
export const bondStory = [
  step("2022-12-15T07:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-107",
    nationality: "RU",
    arrivedAt: "2022-12-15T07:00:00Z",
  }),
  step("2022-12-18T10:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "Between ports near Calexico, CA",
    port: null,
  }),
  step("2022-12-18T12:00:00Z", actors.cbp, {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
  }),
  step("2022-12-18T13:00:00Z", actors.cbp, { type: "ClaimFear", language: "ru" }),
  step("2022-12-20T16:00:00Z", actors.ice, {
    type: "DetainAtFacility",
    facilityId: "imperial-regional-detention-facility",
  }),
  step("2022-12-20T17:00:00Z", actors.asylumOfficer, {
    type: "ScheduleCredibleFearInterview",
    scheduledFor: "2022-12-22T17:00:00Z",
    language: "ru",
  }),
  step(
    "2022-12-22T19:00:00Z",
    actors.asylumOfficer,
    interviewHeld("2022-12-22T17:00:00Z", "interpreter-ru-031"),
  ),
  step("2022-12-22T20:00:00Z", actors.asylumOfficer, negativeConscription()),
  step("2022-12-23T15:00:00Z", actors.supervisor, {
    type: "CompleteSupervisoryReview",
    outcome: "negative",
  }),
  step("2022-12-23T16:00:00Z", actors.applicant, { type: "RequestIJReview", how: "requested" }),
  step("2022-12-29T17:00:00Z", actors.judge, {
    type: "DecideIJReview",
    decision: "affirmed",
    judgeId: "ij-imperial-3",
  }),
  step("2022-12-29T18:00:00Z", actors.ice, { type: "OrderExpeditedRemoval", country: "RU" }),
  step("2023-02-01T15:00:00Z", actors.ice, onFlight(demoFlights.imperial)),
  step("2023-02-08T12:30:00Z", actors.ice, {
    type: "RecordFailedRemovalAttempt",
    reason: "medical",
    detail: "Fainted while being loaded onto the aircraft; returned to detention.",
  }),
  step("2023-05-04T15:00:00Z", actors.asylumOfficer, {
    type: "ReconsiderCredibleFear",
    reasons:
      "Counsel produced the draft notice his mother received; he is now considered a deserter.",
  }),
  step("2023-05-05T15:00:00Z", actors.ice, { type: "ServeNoticeToAppear", court: "eoir-imperial" }),
  step("2023-05-10T15:00:00Z", actors.attorney, {
    type: "RequestBondRedetermination",
    requestedBy: "respondent",
  }),
  step("2023-05-18T18:00:00Z", actors.judge, { type: "RedetermineBond", amountCents: 2_000_000 }),
  step("2023-05-19T15:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-107-1",
    slotId: demoSlotAt("eoir-imperial", "2023-06-07T16:00:00Z", "master"),
  }),
];
