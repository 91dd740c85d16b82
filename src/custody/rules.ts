import type { Standard } from "../core/standards.ts";

/** INA 236(a)(2)(A): bond of at least $1,500, in USD cents. */
export const BOND_MINIMUM_CENTS = 150_000;

export const custodyStandards: readonly Standard[] = [
  {
    id: "custody.bond.minimum",
    title: "Bond for a person detained under INA 236(a)",
    figure: "at least $1,500 (amounts are kept in USD cents)",
    citation: "INA 236(a)(2)(A); 8 CFR 1236.1(d)",
  },
  {
    id: "custody.bond.arriving-alien",
    title: "Arriving aliens are not eligible for bond redetermination by an IJ",
    figure: "—",
    citation: "8 CFR 1003.19(h)(2)(i)(B)",
  },
  {
    id: "custody.expedited-removal-detention",
    title: "Detention during expedited removal; release only by parole",
    figure: "parole for urgent humanitarian reasons or significant public benefit",
    citation: "INA 235(b)(1)(B)(iii)(IV); INA 212(d)(5)(A); 8 CFR 212.5, 235.3(b)(2)(iii)",
  },
];
