import { actors, step } from "./common.ts";

/**
 * (f) A man CBP met between ports near Tecate in September 2023 who did not claim fear: ordered
 * removed in expedited removal and held at Otay Mesa with his passport, he waits for a flight
 * (on ICE's worklist at Otay Mesa: the removal to schedule).
 */
export const awaitingFlightStory = [
  step("2023-09-18T06:00:00Z", actors.system, {
    type: "OpenCase",
    personId: "demo-person-108",
    nationality: "RU",
    arrivedAt: "2023-09-18T06:00:00Z",
  }),
  step("2023-09-20T11:00:00Z", actors.cbp, {
    type: "RecordEncounter",
    place: "Between ports near Tecate, CA",
    port: null,
  }),
  step("2023-09-20T13:00:00Z", actors.cbp, {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
  }),
  step("2023-09-20T13:30:00Z", actors.cbp, {
    type: "RecordPropertyTaken",
    kind: "passport",
    description: "Russian passport",
  }),
  step("2023-09-20T14:00:00Z", actors.cbp, { type: "OrderExpeditedRemoval", country: "RU" }),
  step("2023-09-21T16:00:00Z", actors.ice, {
    type: "DetainAtFacility",
    facilityId: "otay-mesa-detention-center",
    authority: "final_order",
    reasons: "Final order of expedited removal; removal is being arranged.",
  }),
  step("2023-09-22T15:00:00Z", actors.ice, {
    type: "RecordTravelDocument",
    kind: "passport",
    country: "RU",
    validUntil: "2028-03-14",
  }),
];
