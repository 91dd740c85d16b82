import { z } from "zod";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import type { PolicyContext } from "../policy/types.ts";
import { type CustodyEventData, detentionAuthorities } from "./events.ts";
import { facilityIds, facilityOf } from "./facilities.ts";
import { BOND_MINIMUM_CENTS } from "./rules.ts";
import type { CustodyView } from "./state.ts";

const event = eventMaker<CustodyEventData>();

const cents = z.number().int().nonnegative();

const facilitySchema = z.enum(facilityIds, {
  message: `must be a detention facility's id: one of ${facilityIds.join(", ")}`,
});

export const custodyCommandSchemas = [
  z
    .object({
      type: z.literal("DetainAtFacility"),
      facilityId: facilitySchema.describe(
        "The detention facility where ICE holds the person (its id, e.g. otay-mesa-detention-center).",
      ),
      authority: z
        .enum(detentionAuthorities)
        .nullable()
        .default(null)
        .describe(
          "The custody decision's legal basis: expedited_removal (INA 235(b)(1)(B)(iii)(IV), detention pending the fear screening), discretionary (INA 236(a)), mandatory (INA 236(c)) or final_order (INA 241(a)(2)). Null, the default, when not recorded.",
        ),
      reasons: z
        .string()
        .trim()
        .max(2000)
        .nullable()
        .default(null)
        .describe(
          "Why ICE detains rather than releases, in words (up to 2,000 characters; 8 CFR 236.1(c)(8)). Null, the default, when none are recorded.",
        ),
    })
    .meta({
      description:
        "Record that ICE detained the person at a facility, from CBP custody or after a release, with the custody decision's basis and reasons.",
      examples: [
        {
          type: "DetainAtFacility",
          facilityId: "otay-mesa-detention-center",
          authority: "expedited_removal",
          reasons: "Expedited removal with a pending credible-fear screening.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("TransferToFacility"),
      facilityId: facilitySchema.describe(
        "The facility the person is moved to (its id). The facility they leave is taken from the case.",
      ),
    })
    .meta({
      description:
        "Record that ICE moved the detained person to another facility (INA 241(g)). Refused when the person is already held there.",
      examples: [{ type: "TransferToFacility", facilityId: "moshannon-valley-processing-center" }],
    }),
  z
    .object({
      type: z.literal("GrantParole"),
      basis: z
        .enum(["urgent_humanitarian", "significant_public_benefit"])
        .describe(
          "Why parole is granted: urgent_humanitarian reasons or a significant_public_benefit (INA 212(d)(5)(A); 8 CFR 212.5).",
        ),
      conditions: z
        .string()
        .trim()
        .max(2000)
        .nullable()
        .default(null)
        .describe(
          "The conditions of parole, in words (up to 2,000 characters; 8 CFR 212.5(d)). Null, the default, when none are recorded.",
        ),
    })
    .meta({
      description:
        "Record that the person is released from custody on parole (INA 212(d)(5)(A); 8 CFR 212.5). In expedited removal before a Notice to Appear, it is the only way out of detention.",
      examples: [
        {
          type: "GrantParole",
          basis: "urgent_humanitarian",
          conditions:
            "Report to ICE in San Francisco within 15 days; keep the address on file current",
        },
      ],
    }),
  z
    .object({
      type: z.literal("SetBond"),
      amountCents: cents.describe(
        "The bond amount in USD cents ($1,500 = 150000). At least 150000, the statutory minimum.",
      ),
      setBy: z
        .enum(["ice", "ij"])
        .describe(
          "Who sets the bond: ice (the custody determination) or ij (an immigration judge).",
        ),
    })
    .meta({
      description:
        "Record a bond set for the detained person's release. Refused below $1,500 (INA 236(a)(2)(A)); in expedited removal before a Notice to Appear, where release is only by parole (INA 235(b)(1)(B)(iii)(IV)); and when set by an IJ for an arriving alien (8 CFR 1003.19(h)(2)(i)(B)).",
      examples: [{ type: "SetBond", amountCents: 1_000_000, setBy: "ice" }],
    }),
  z
    .object({
      type: z.literal("RequestBondRedetermination"),
      requestedBy: z
        .enum(["respondent", "dhs"])
        .default("respondent")
        .describe(
          "Who asks an immigration judge to redetermine custody: respondent (the person or their counsel) or dhs. The respondent when left out.",
        ),
    })
    .meta({
      description:
        "Record a request that an immigration judge redetermine custody and bond (8 CFR 1236.1(d)). Refused in expedited removal before a Notice to Appear (INA 235(b)(1)(B)(iii)(IV)), and for an arriving alien (8 CFR 1003.19(h)(2)(i)(B)).",
      examples: [{ type: "RequestBondRedetermination", requestedBy: "respondent" }],
    }),
  z
    .object({
      type: z.literal("RedetermineBond"),
      amountCents: cents
        .nullable()
        .describe(
          "The bond the immigration judge sets, in USD cents ($1,500 = 150000; at least 150000), or null when the judge orders the person held without bond. Required.",
        ),
    })
    .meta({
      description:
        "Record an immigration judge's redetermination of the bond (8 CFR 1003.19). Refused when no redetermination was requested (8 CFR 1236.1(d)(1); 8 CFR 1003.19(b)), and for an amount below $1,500 (INA 236(a)(2)(A)).",
      examples: [{ type: "RedetermineBond", amountCents: 2_000_000 }],
    }),
  z
    .object({
      type: z.literal("PostBond"),
      obligor: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .nullable()
        .default(null)
        .describe(
          "Who posted the bond (the obligor), up to 200 characters. Null, the default, when not recorded.",
        ),
    })
    .meta({
      description:
        "Record that the bond was posted and the person released. The amount is the bond on the case. Refused when no bond is set or it was already posted (INA 236(a)(2)(A)).",
      examples: [{ type: "PostBond", obligor: "The person's sister, a U.S. citizen" }],
    }),
  z
    .object({
      type: z.literal("ReleaseOnRecognizance"),
      conditions: z
        .string()
        .max(2000)
        .nullable()
        .default(null)
        .describe(
          "The conditions of release, in words (up to 2,000 characters). Null, the default, when none are recorded.",
        ),
    })
    .meta({
      description:
        "Record that the person is released on their own recognizance (INA 236(a)(2)(B)). Refused in expedited removal before a Notice to Appear, where release is only by parole (INA 235(b)(1)(B)(iii)(IV)).",
      examples: [
        {
          type: "ReleaseOnRecognizance",
          conditions: "Report to ICE in Los Angeles within 60 days",
        },
      ],
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
      if (command.authority === "expedited_removal" && state.pathway !== "expedited_removal") {
        return refuse(
          refusal(
            "custody.detain.not-in-expedited-removal",
            "INA 235(b)(1)(B)(iii)(IV)",
            "Detention pending the credible-fear screening applies only to a person in expedited removal.",
            "authority",
          ),
        );
      }
      return accept(
        event("DetainedAtFacility", {
          facilityId: command.facilityId,
          authority: command.authority,
          reasons: command.reasons || null,
        }),
      );
    case "TransferToFacility":
      if (state.facilityId === command.facilityId) {
        const name = facilityOf(command.facilityId)?.name ?? command.facilityId;
        return refuse(
          refusal(
            "custody.transfer.same-facility",
            "INA 241(g)",
            `The person is already held at ${name}: a transfer moves them to another facility.`,
            "facilityId",
          ),
        );
      }
      return accept(
        event("TransferredToFacility", {
          facilityId: command.facilityId,
          fromFacilityId: state.facilityId,
        }),
      );
    case "GrantParole":
      return accept(
        event("ParoleGranted", { basis: command.basis, conditions: command.conditions || null }),
      );
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
