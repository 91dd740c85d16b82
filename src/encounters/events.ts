import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import { portIds } from "../policy/ports.ts";
import type { EncountersView } from "./state.ts";

/** Events of the encounter with CBP at the border (past tense). */
export const encountersEvents = {
  EncounterRecorded: z
    .object({
      place: z.string().describe("Where CBP encountered the person."),
      port: z.enum(portIds).nullable().describe("The port of entry, or null between ports."),
      viaAppointment: z.boolean().describe("The person came with a CBP One appointment."),
      arrivingAlien: z
        .boolean()
        .describe("8 CFR 1001.1(q): coming at a port of entry makes the person an arriving alien."),
      lawfulPathways: z
        .object({
          presumptionApplies: z.boolean(),
          exception: z.string().nullable(),
        })
        .describe("8 CFR 208.33, decided from the policy in force at the encounter."),
      title42InForce: z
        .boolean()
        .optional()
        .describe(
          "Title 42 was in force by the policy at the encounter (42 U.S.C. 265, 268). Absent on encounters recorded before it was kept.",
        ),
    })
    .describe("CBP encountered the person at a port of entry or between ports."),
  HumanitarianExceptionGranted: z
    .object({
      grantedBy: z.string().describe("Who granted it (an officer or a port director)."),
      grounds: z.string().describe("Why, on the record."),
    })
    .describe(
      "An exception to Title 42 on humanitarian grounds (every exception is on the record).",
    ),
  Title42Expelled: z
    .object({ to: z.string().describe("Where the person was expelled to (ISO 3166-1 alpha-2).") })
    .describe("Expelled under Title 42 (42 U.S.C. 265, 268)."),
  ProcessedUnderTitle8: z
    .object({
      pathway: z.enum(["expedited_removal", "section_240"]),
      title42Basis: z
        .enum(["humanitarian_exception", "nationality_excepted", "not_accepted_by_mexico"])
        .nullable()
        .describe("Why Title 42 did not apply, when it was in force."),
    })
    .describe("Processed under Title 8: expedited removal or a Notice to Appear."),
  FamilyUnitLinked: z
    .object({
      familyUnitId: z.string().describe("The family unit the case belongs to."),
      members: z
        .array(z.string())
        .describe("The cases of the other members of the family unit, linked to this one."),
    })
    .describe(
      "CBP linked the case to the family unit the person was encountered with (CBP TEDS 2015, 1.9).",
    ),
};

export type EncountersEventData = {
  [Type in keyof typeof encountersEvents]: z.infer<(typeof encountersEvents)[Type]>;
};

export const encountersHandlers: EventHandlers<EncountersView, EncountersEventData> = {
  EncounterRecorded: (state, data, event) => ({
    ...state,
    entry: {
      at: event.occurredAt,
      place: data.place,
      port: data.port,
      atPortOfEntry: data.port !== null,
      viaAppointment: data.viaAppointment,
      arrivingAlien: data.arrivingAlien,
      lawfulPathwaysPresumption: data.lawfulPathways.presumptionApplies,
      title42InForce: data.title42InForce ?? null,
    },
  }),
  HumanitarianExceptionGranted: (state) => ({
    ...state,
    title42: { ...state.title42, exceptionGranted: true },
  }),
  Title42Expelled: (state) => ({
    ...state,
    title42: { exceptionGranted: false, expulsions: state.title42.expulsions + 1 },
  }),
  ProcessedUnderTitle8: (state, data) => ({ ...state, pathway: data.pathway }),
  FamilyUnitLinked: (state, data, event) => {
    const known = state.familyUnit?.id === data.familyUnitId ? state.familyUnit.members : [];
    const members = [...new Set([...known, ...data.members])].filter((id) => id !== event.caseId);
    return { ...state, familyUnit: { id: data.familyUnitId, members } };
  },
};
