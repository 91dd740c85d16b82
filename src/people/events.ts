import type { FactEvolvers } from "../core/process/eventKit.ts";

/** Events of a person's case as a whole (past tense). */
export interface PeopleEventData {
  /** The case begins: the person has arrived in Mexico, or first came into contact with Haven. */
  CaseOpened: { personId: string; nationality: string; arrivedAt: string | null };
  /**
   * The person moved. Haven files the change with the court (EOIR-33, 8 CFR 1003.15(d)(2)) and
   * with DHS (AR-11, 8 CFR 265.1) in one step; the flags record where it went.
   */
  AddressChanged: { address: string; movedOn: string; toCourt: boolean; toDhs: boolean };
}

export const peopleEventTypes = [
  "CaseOpened",
  "AddressChanged",
] as const satisfies readonly (keyof PeopleEventData)[];

export const peopleFacts: FactEvolvers<PeopleEventData> = {
  CaseOpened: (state, data) => ({
    ...state,
    opened: true,
    person: {
      personId: data.personId,
      nationality: data.nationality,
      arrivedInMexicoAt: data.arrivedAt,
    },
  }),
  AddressChanged: (state, data) => ({
    ...state,
    address: { address: data.address, movedOn: data.movedOn },
  }),
};
