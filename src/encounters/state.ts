import type { PeopleView } from "../people/state.ts";
import type { PortId } from "../policy/ports.ts";

/** What the border encounter leaves on the case. */
export interface EncountersFacts {
  /** The last entry into the United States (the one-year asylum clock runs from it). */
  entry: {
    at: string;
    place: string;
    port: PortId | null;
    atPortOfEntry: boolean;
    viaAppointment: boolean;
    /** 8 CFR 1001.1(q): an applicant for admission coming at a port of entry. */
    arrivingAlien: boolean;
    /** 8 CFR 208.33: the lawful-pathways presumption applies to this entry. */
    lawfulPathwaysPresumption: boolean;
  } | null;
  title42: { exceptionGranted: boolean; expulsions: number };
  pathway: "expedited_removal" | "section_240" | null;
}

export type EncountersView = PeopleView & EncountersFacts;

export function encountersFacts(): EncountersFacts {
  return { entry: null, title42: { exceptionGranted: false, expulsions: 0 }, pathway: null };
}
