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
    /**
     * Whether Title 42 was in force by the policy at the encounter (42 U.S.C. 265, 268); null for
     * an encounter recorded before Haven kept it.
     */
    title42InForce: boolean | null;
  } | null;
  title42: { exceptionGranted: boolean; expulsions: number };
  pathway: "expedited_removal" | "section_240" | null;
  /**
   * The family unit CBP encountered the person with (CBP TEDS 2015, 1.9): its id, and the cases of
   * the other members, which stay linked to this one.
   */
  familyUnit: { id: string; members: string[] } | null;
}

export type EncountersView = PeopleView & EncountersFacts;

export function encountersFacts(): EncountersFacts {
  return {
    entry: null,
    title42: { exceptionGranted: false, expulsions: 0 },
    pathway: null,
    familyUnit: null,
  };
}
