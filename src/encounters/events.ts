import type { PortId } from "../core/policy/ports.ts";
import type { FactEvolvers } from "../core/process/eventKit.ts";

/** Events of the encounter with CBP at the border (past tense). */
export interface EncountersEventData {
  EncounterRecorded: {
    place: string;
    /** The port of entry, or null between ports. */
    port: PortId | null;
    viaAppointment: boolean;
    /** 8 CFR 1001.1(q): coming at a port of entry makes the person an arriving alien. */
    arrivingAlien: boolean;
    /** 8 CFR 208.33, decided from the policy in force at the encounter. */
    lawfulPathways: { presumptionApplies: boolean; exception: string | null };
  };
  HumanitarianExceptionGranted: { grantedBy: string; grounds: string };
  Title42Expelled: { to: string };
  ProcessedUnderTitle8: {
    pathway: "expedited_removal" | "section_240";
    /** Why Title 42 did not apply, when it was in force (every exception is on the record). */
    title42Basis:
      | "humanitarian_exception"
      | "nationality_excepted"
      | "not_accepted_by_mexico"
      | null;
  };
}

export const encountersEventTypes = [
  "EncounterRecorded",
  "HumanitarianExceptionGranted",
  "Title42Expelled",
  "ProcessedUnderTitle8",
] as const satisfies readonly (keyof EncountersEventData)[];

export const encountersFacts: FactEvolvers<EncountersEventData> = {
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
};
