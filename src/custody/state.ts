import type { CourtFacts } from "../court/state.ts";
import type { EncountersView } from "../encounters/state.ts";

/** The custody region: where the person is held, or that they are free. */
export const custodyValues = [
  "in_mexico",
  "cbp_custody",
  "detained",
  "released_parole",
  "released_bond",
  "released_recognizance",
  "removed",
] as const;
export type CustodyValue = (typeof custodyValues)[number];

export interface CustodyFacts {
  custody: CustodyValue;
  facilityId: string | null;
  bond: {
    /** USD cents; null when an IJ redetermined to no bond. */
    amountCents: number | null;
    setBy: "ice" | "ij";
    redeterminationRequested: boolean;
    posted: boolean;
  } | null;
}

/** What custody's rules read: the encounter, the custody facts, whether proceedings began. */
export type CustodyView = EncountersView & CustodyFacts & Pick<CourtFacts, "court">;

export function custodyFacts(): CustodyFacts {
  return { custody: "in_mexico", facilityId: null, bond: null };
}
