import type { Transition } from "./types.ts";
import { row } from "./types.ts";

const released = ["released_parole", "released_bond", "released_recognizance"] as const;
const inCustody = ["cbp_custody", "detained"] as const;

/** Custody region: where the person is held, or that they are free. */
export const custodyTransitions: readonly Transition<"custody">[] = [
  row("custody", "CaseOpened", ["in_mexico"], "same", "design.md: a case opens in Mexico"),
  row(
    "custody",
    "AppointmentCheckedIn",
    ["in_mexico"],
    "cbp_custody",
    "INA 235(a)(3); CBP One at ports of entry",
  ),
  row("custody", "EncounterRecorded", ["in_mexico"], "cbp_custody", "INA 235(a)(1),(3)"),
  row("custody", "EncounterRecorded", ["cbp_custody"], "same", "INA 235(a)(1),(3)"),
  row(
    "custody",
    "HumanitarianExceptionGranted",
    ["in_mexico", "cbp_custody"],
    "same",
    "42 U.S.C. 265; CDC order (exceptions)",
  ),
  row("custody", "Title42Expelled", ["cbp_custody"], "in_mexico", "42 U.S.C. 265, 268"),
  row("custody", "ProcessedUnderTitle8", ["cbp_custody"], "same", "INA 235(b)"),
  row(
    "custody",
    "DetainedAtFacility",
    ["cbp_custody", ...released],
    "detained",
    "INA 235(b)(1)(B)(iii)(IV); INA 236(a)",
  ),
  row("custody", "TransferredToFacility", ["detained"], "same", "INA 241(g)"),
  row("custody", "ParoleGranted", inCustody, "released_parole", "INA 212(d)(5)(A); 8 CFR 212.5"),
  row("custody", "BondSet", ["detained"], "same", "INA 236(a)(2)(A); 8 CFR 1236.1(d)"),
  row(
    "custody",
    "BondRedeterminationRequested",
    ["detained"],
    "same",
    "8 CFR 1236.1(d)(1); 8 CFR 1003.19",
  ),
  row("custody", "BondRedetermined", ["detained"], "same", "8 CFR 1003.19"),
  row("custody", "BondPosted", ["detained"], "released_bond", "INA 236(a)(2)(A)"),
  row("custody", "ReleasedOnRecognizance", inCustody, "released_recognizance", "INA 236(a)(2)(B)"),
  row("custody", "FearClaimed", inCustody, "same", "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)"),
  row("custody", "ExpeditedRemovalOrdered", inCustody, "same", "INA 235(b)(1)(A)(i)"),
  row("custody", "RemovalExecuted", inCustody, "removed", "INA 241(a)(1)"),
  row("custody", "RemovalAttemptFailed", inCustody, "detained", "INA 243(a)"),
];
