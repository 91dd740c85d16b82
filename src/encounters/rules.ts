import type { DeadlineRule } from "../core/deadlines/types.ts";
import type { Standard } from "../core/standards.ts";

/** CBP TEDS 4.1: short-term holding in CBP custody, generally no more than 72 hours. */
export const cbpHolding: DeadlineRule = {
  id: "encounters.cbp-holding-72h",
  title: "Short-term holding in CBP custody: generally no more than 72 hours",
  citation: "CBP National Standards on Transport, Escort, Detention, and Search (TEDS, 2015) 4.1",
  kind: "by",
  party: "dhs",
  startsOn: [{ type: "EncounterRecorded" }],
  length: 72,
  unit: "hours",
  rolls: false,
  check: false,
  stoppedBy: [
    { type: "DetainedAtFacility" },
    { type: "ParoleGranted" },
    { type: "ReleasedOnRecognizance" },
    { type: "Title42Expelled" },
    { type: "RemovalExecuted" },
  ],
  restart: "replace",
};

/** Deadlines started by an encounter at the border. */
export const encountersDeadlines: readonly DeadlineRule[] = [cbpHolding];

export const encountersStandards: readonly Standard[] = [
  {
    id: "encounters.title42",
    title: "Title 42 public-health expulsions; exceptions case by case on humanitarian grounds",
    figure: "in force 2020-03-21 to 2023-05-11 23:59 Eastern (policy data)",
    citation: "42 U.S.C. 265, 268; CDC orders",
  },
  {
    id: "encounters.lawful-pathways",
    title: "Presumption of asylum ineligibility for entries without a lawful pathway",
    figure:
      "entries 2023-05-11 to 2025-05-11 (policy data); exceptions recorded with the encounter",
    citation: "8 CFR 208.33, 1208.33",
  },
  {
    id: "encounters.family-unity",
    title: "Family unity: the cases of a family unit encountered together stay linked",
    figure: "to the greatest extent operationally feasible",
    citation: "CBP TEDS (2015) 1.9",
  },
  {
    id: "encounters.arriving-alien",
    title: "A person coming at a port of entry is an arriving alien",
    figure: "port of entry on the encounter",
    citation: "8 CFR 1001.1(q)",
  },
];
