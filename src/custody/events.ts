import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { CustodyFacts } from "./state.ts";

const cents = z.number().int().describe("USD cents ($1,500 = 150000).");

/** The law under which ICE detains: INA 235(b)(1)(B)(iii)(IV), 236(a), 236(c), 241(a)(2). */
export const detentionAuthorities = [
  "expedited_removal",
  "discretionary",
  "mandatory",
  "final_order",
] as const;

/** Events of custody: detention, transfer, parole, bond and release (past tense). */
export const custodyEvents = {
  DetainedAtFacility: z
    .object({
      facilityId: z.string().describe("The detention facility."),
      authority: z
        .enum(detentionAuthorities)
        .nullish()
        .describe("The custody decision's legal basis; absent on events recorded before it was."),
      reasons: z.string().nullish().describe("Why ICE detains, in words (8 CFR 236.1(c)(8))."),
    })
    .describe("ICE detained the person at a facility, with the custody decision's basis."),
  TransferredToFacility: z
    .object({
      facilityId: z.string().describe("The facility the person was moved to."),
      fromFacilityId: z.string().nullable().describe("The facility they left."),
    })
    .describe("ICE moved the detained person to another facility (INA 241(g))."),
  ParoleGranted: z
    .object({
      basis: z.enum(["urgent_humanitarian", "significant_public_benefit"]),
      conditions: z
        .string()
        .nullable()
        .describe("The conditions of parole, in words (8 CFR 212.5(d)); null when none recorded."),
    })
    .describe("Released on parole (INA 212(d)(5)(A); 8 CFR 212.5)."),
  BondSet: z
    .object({ amountCents: cents, setBy: z.enum(["ice", "ij"]) })
    .describe("A bond was set (INA 236(a)(2)(A))."),
  BondRedeterminationRequested: z
    .object({ requestedBy: z.enum(["respondent", "dhs"]) })
    .describe("A bond redetermination by an immigration judge was requested (8 CFR 1236.1(d))."),
  BondRedetermined: z
    .object({ amountCents: cents.nullable().describe("Null: the IJ ordered no bond.") })
    .describe("An immigration judge redetermined the bond (8 CFR 1003.19)."),
  BondPosted: z
    .object({ amountCents: cents, obligor: z.string().nullable().describe("Who posted it.") })
    .describe("The bond was posted and the person released."),
  ReleasedOnRecognizance: z
    .object({ conditions: z.string().nullable() })
    .describe("Released on recognizance (INA 236(a)(2)(B))."),
};

export type CustodyEventData = {
  [Type in keyof typeof custodyEvents]: z.infer<(typeof custodyEvents)[Type]>;
};

export const custodyHandlers: EventHandlers<CustodyFacts, CustodyEventData> = {
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
