import { demoSlotAt } from "../docket.ts";
import { actors, step } from "./common.ts";

/**
 * (b) Zhanna Kalashnikova's family (invented names): a Russian mother, a Ukrainian father from
 * Mariupol, two small children. The mother crosses on a humanitarian exception; the father is
 * excepted from Title 42 as a Ukrainian. Processed under Title 8 with a Notice to Appear and
 * released after a day.
 */
export const familyMotherStory = [
  step("2022-11-02T16:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-102",
    nationality: "RU",
    arrivedAt: "2022-11-02T16:00:00Z",
  }),
  step("2022-11-20T17:00:00Z", actors.cbp, {
    type: "GrantHumanitarianException",
    grantedBy: "CBP on an NGO referral (demo)",
    grounds: "Family with children aged 2 and 5",
  }),
  step("2022-11-21T15:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "San Ysidro port of entry",
    port: "san_ysidro",
  }),
  step("2022-11-21T16:00:00Z", actors.cbp, { type: "ProcessUnderTitle8", pathway: "section_240" }),
  step("2022-11-21T20:00:00Z", actors.cbp, {
    type: "ServeNoticeToAppear",
    court: "eoir-los-angeles",
  }),
  step("2022-11-22T15:00:00Z", actors.ice, {
    type: "ReleaseOnRecognizance",
    conditions: "Report to ICE in Los Angeles within 60 days",
  }),
  step("2022-12-05T17:00:00Z", actors.applicant, {
    type: "ChangeAddress",
    address: "4100 Sunset Blvd, Los Angeles, CA 90029 (demo)",
    movedOn: "2022-12-01",
  }),
  step("2023-01-10T16:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-102-1",
    slotId: demoSlotAt("eoir-los-angeles", "2023-03-15T16:00:00Z", "master"),
  }),
];

export const familyFatherStory = [
  step("2022-11-02T16:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-103",
    nationality: "UA",
    arrivedAt: "2022-11-02T16:00:00Z",
  }),
  step("2022-11-21T15:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "San Ysidro port of entry",
    port: "san_ysidro",
  }),
  step("2022-11-21T16:00:00Z", actors.cbp, { type: "ProcessUnderTitle8", pathway: "section_240" }),
  step("2022-11-21T20:00:00Z", actors.cbp, {
    type: "ServeNoticeToAppear",
    court: "eoir-los-angeles",
  }),
  step("2022-11-22T15:00:00Z", actors.ice, {
    type: "ReleaseOnRecognizance",
    conditions: "Report to ICE in Los Angeles within 60 days",
  }),
  step("2022-12-05T17:05:00Z", actors.applicant, {
    type: "ChangeAddress",
    address: "4100 Sunset Blvd, Los Angeles, CA 90029 (demo)",
    movedOn: "2022-12-01",
  }),
  step("2023-01-10T16:00:00Z", actors.clerk, {
    type: "ScheduleHearing",
    hearingId: "hearing-103-1",
    slotId: demoSlotAt("eoir-los-angeles", "2023-03-15T16:15:00Z", "master"),
  }),
];

/**
 * The family's cases, linked by CBP as one family unit when they were encountered together
 * (recorded after the rest of their stories, as an officer would record it later).
 */
export const familyUnits = [
  { at: "2022-11-21T15:30:00Z", actor: actors.cbp, members: ["family-mother", "family-father"] },
] as const;
