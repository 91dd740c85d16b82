import { demoSlotAt } from "../docket.ts";
import { actors, interviewHeld, positivePolitical, step } from "./common.ts";

/**
 * (a) Irina, a math teacher from Moscow arrested for protesting the war: crossed at San Ysidro
 * before dawn on 2022-03-20 under a Title 42 humanitarian exception; positive credible fear;
 * paroled; in removal proceedings with her asylum application filed.
 */
export const teacherStory = [
  step("2022-03-13T18:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-101",
    nationality: "RU",
    arrivedAt: "2022-03-13T18:00:00Z",
  }),
  step("2022-03-20T10:30:00Z", actors.cbp, {
    type: "GrantHumanitarianException",
    grantedBy: "CBP San Ysidro port director (demo)",
    grounds:
      "Anti-war protester arrested in Moscow; group at the Tijuana pedestrian crossing admitted case by case",
  }),
  step("2022-03-20T11:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "San Ysidro port of entry",
    port: "san_ysidro",
  }),
  step("2022-03-20T11:30:00Z", actors.cbp, {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
  }),
  step("2022-03-20T12:00:00Z", actors.cbp, {
    type: "ClaimFear",
    language: "ru",
    statementInWriting: true,
  }),
  step("2022-03-21T15:00:00Z", actors.ice, {
    type: "DetainAtFacility",
    facilityId: "otay-mesa-detention-center",
  }),
  step("2022-03-22T15:00:00Z", actors.asylumOfficer, {
    type: "ScheduleCredibleFearInterview",
    scheduledFor: "2022-03-24T16:00:00Z",
    language: "ru",
  }),
  step(
    "2022-03-24T18:30:00Z",
    actors.asylumOfficer,
    interviewHeld("2022-03-24T16:00:00Z", "interpreter-ru-017"),
  ),
  step("2022-03-24T19:00:00Z", actors.asylumOfficer, positivePolitical("not_raised")),
  step("2022-03-25T15:00:00Z", actors.supervisor, {
    type: "CompleteSupervisoryReview",
    outcome: "positive",
  }),
  step("2022-03-28T17:00:00Z", actors.ice, {
    type: "ServeNoticeToAppear",
    court: "eoir-san-francisco",
  }),
  step("2022-03-28T18:00:00Z", actors.ice, { type: "GrantParole", basis: "urgent_humanitarian" }),
  step("2022-04-20T16:00:00Z", actors.applicant, {
    type: "ChangeAddress",
    address: "1200 J Street, Sacramento, CA 95814 (demo)",
    movedOn: "2022-04-18",
  }),
  step("2022-05-02T16:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-101-1",
    slotId: demoSlotAt("eoir-san-francisco", "2022-09-14T16:00:00Z", "master"),
  }),
  step("2022-09-14T18:00:00Z", actors.judge, { type: "HoldHearing", hearingId: "hearing-101-1" }),
  step("2022-11-30T17:00:00Z", actors.attorney, {
    type: "FileAsylumApplication",
    receivedOn: "2022-11-30",
  }),
  step("2022-12-01T16:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-101-2",
    slotId: demoSlotAt("eoir-san-francisco", "2024-06-11T16:00:00Z", "individual"),
  }),
];
