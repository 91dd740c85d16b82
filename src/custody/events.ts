import type { FactEvolvers } from "../core/process/eventKit.ts";

/** Events of custody: detention, transfer, parole, bond and release (past tense). */
export interface CustodyEventData {
  DetainedAtFacility: { facilityId: string };
  TransferredToFacility: { facilityId: string; fromFacilityId: string | null };
  ParoleGranted: { basis: "urgent_humanitarian" | "significant_public_benefit" };
  /** Amounts are whole USD cents ($1,500 = 150000). */
  BondSet: { amountCents: number; setBy: "ice" | "ij" };
  BondRedeterminationRequested: { requestedBy: "respondent" | "dhs" };
  /** `amountCents` null: the IJ ordered no bond. */
  BondRedetermined: { amountCents: number | null };
  BondPosted: { amountCents: number; obligor: string | null };
  ReleasedOnRecognizance: { conditions: string | null };
}

export const custodyEventTypes = [
  "DetainedAtFacility",
  "TransferredToFacility",
  "ParoleGranted",
  "BondSet",
  "BondRedeterminationRequested",
  "BondRedetermined",
  "BondPosted",
  "ReleasedOnRecognizance",
] as const satisfies readonly (keyof CustodyEventData)[];

export const custodyFacts: FactEvolvers<CustodyEventData> = {
  DetainedAtFacility: (state, data) => ({ ...state, facilityId: data.facilityId }),
  TransferredToFacility: (state, data) => ({ ...state, facilityId: data.facilityId }),
  ParoleGranted: (state) => ({ ...state, facilityId: null }),
  BondSet: (state, data) => ({
    ...state,
    bond: {
      amountCents: data.amountCents,
      setBy: data.setBy,
      redeterminationRequested: false,
      posted: false,
    },
  }),
  BondRedeterminationRequested: (state) => ({
    ...state,
    bond: state.bond
      ? { ...state.bond, redeterminationRequested: true }
      : { amountCents: null, setBy: "ice", redeterminationRequested: true, posted: false },
  }),
  BondRedetermined: (state, data) => ({
    ...state,
    bond: {
      amountCents: data.amountCents,
      setBy: "ij",
      redeterminationRequested: false,
      posted: false,
    },
  }),
  BondPosted: (state) => ({
    ...state,
    facilityId: null,
    bond: state.bond ? { ...state.bond, posted: true } : null,
  }),
  ReleasedOnRecognizance: (state) => ({ ...state, facilityId: null }),
};
