import { z } from "zod";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { idSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { CustodyEventData } from "./events.ts";
import { BOND_MINIMUM_CENTS } from "./rules.ts";
import type { CustodyView } from "./state.ts";

const event = eventMaker<CustodyEventData>();

const cents = z.number().int().nonnegative();

export const custodyCommandSchemas = [
  z.object({ type: z.literal("DetainAtFacility"), facilityId: idSchema }),
  z.object({ type: z.literal("TransferToFacility"), facilityId: idSchema }),
  z.object({
    type: z.literal("GrantParole"),
    basis: z.enum(["urgent_humanitarian", "significant_public_benefit"]),
  }),
  z.object({ type: z.literal("SetBond"), amountCents: cents, setBy: z.enum(["ice", "ij"]) }),
  z.object({
    type: z.literal("RequestBondRedetermination"),
    requestedBy: z.enum(["respondent", "dhs"]).default("respondent"),
  }),
  z.object({ type: z.literal("RedetermineBond"), amountCents: cents.nullable() }),
  z.object({
    type: z.literal("PostBond"),
    obligor: z.string().trim().min(1).max(200).nullable().default(null),
  }),
  z.object({
    type: z.literal("ReleaseOnRecognizance"),
    conditions: z.string().max(2000).nullable().default(null),
  }),
] as const;

export type CustodyCommand = z.infer<(typeof custodyCommandSchemas)[number]>;

const dollars = (amountCents: number) => `$${(amountCents / 100).toLocaleString("en-US")}`;

function belowMinimum(amountCents: number) {
  return refuse(
    refusal(
      "custody.bond.minimum",
      "INA 236(a)(2)(A)",
      `A bond of ${dollars(amountCents)} is below the statutory minimum of ${dollars(BOND_MINIMUM_CENTS)}.`,
      "amountCents",
    ),
  );
}

function arrivingAlien(state: CustodyView) {
  return state.entry?.arrivingAlien
    ? refuse(
        refusal(
          "custody.bond.arriving-alien",
          "8 CFR 1003.19(h)(2)(i)(B)",
          `The person is an arriving alien (came at ${state.entry.place}): an immigration judge may not redetermine their custody.`,
        ),
      )
    : null;
}

/** INA 235(b)(1)(B)(iii)(IV): in expedited removal, detention until the process ends, save parole. */
function expeditedRemovalDetention(state: CustodyView, what: string) {
  return state.pathway === "expedited_removal" && state.court === null
    ? refuse(
        refusal(
          "custody.expedited-removal-detention",
          "INA 235(b)(1)(B)(iii)(IV); 8 CFR 235.3(b)(2)(iii)",
          `The person is in expedited removal with no Notice to Appear: ${what} is not available; release only by parole.`,
        ),
      )
    : null;
}

export function decideCustody(
  state: CustodyView,
  command: CustodyCommand,
  _context: PolicyContext,
): Decision {
  switch (command.type) {
    case "DetainAtFacility":
      return accept(event("DetainedAtFacility", { facilityId: command.facilityId }));
    case "TransferToFacility":
      return accept(
        event("TransferredToFacility", {
          facilityId: command.facilityId,
          fromFacilityId: state.facilityId,
        }),
      );
    case "GrantParole":
      return accept(event("ParoleGranted", { basis: command.basis }));
    case "SetBond": {
      if (command.amountCents < BOND_MINIMUM_CENTS) return belowMinimum(command.amountCents);
      const blocked =
        expeditedRemovalDetention(state, "bond") ??
        (command.setBy === "ij" ? arrivingAlien(state) : null);
      if (blocked) return blocked;
      return accept(event("BondSet", { amountCents: command.amountCents, setBy: command.setBy }));
    }
    case "RequestBondRedetermination": {
      const blocked = expeditedRemovalDetention(state, "bond") ?? arrivingAlien(state);
      if (blocked) return blocked;
      return accept(event("BondRedeterminationRequested", { requestedBy: command.requestedBy }));
    }
    case "RedetermineBond":
      if (!state.bond?.redeterminationRequested) {
        return refuse(
          refusal(
            "custody.bond.no-redetermination-request",
            "8 CFR 1236.1(d)(1); 8 CFR 1003.19(b)",
            "No bond redetermination has been requested: an immigration judge redetermines custody only on request.",
          ),
        );
      }
      if (command.amountCents !== null && command.amountCents < BOND_MINIMUM_CENTS) {
        return belowMinimum(command.amountCents);
      }
      return accept(event("BondRedetermined", { amountCents: command.amountCents }));
    case "PostBond": {
      const amount = state.bond?.amountCents ?? null;
      if (amount === null || state.bond?.posted) {
        return refuse(
          refusal(
            "custody.bond.none-set",
            "INA 236(a)(2)(A)",
            "No bond is set that could be posted: the person is held without bond.",
          ),
        );
      }
      return accept(event("BondPosted", { amountCents: amount, obligor: command.obligor }));
    }
    case "ReleaseOnRecognizance": {
      const blocked = expeditedRemovalDetention(state, "release on recognizance");
      if (blocked) return blocked;
      return accept(event("ReleasedOnRecognizance", { conditions: command.conditions }));
    }
  }
}
