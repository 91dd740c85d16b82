import { rowsOf, type Transition } from "../core/regions/index.ts";
import type { CustodyValue } from "./state.ts";

const row = rowsOf<CustodyValue>("custody");

const released = ["released_parole", "released_bond", "released_recognizance"] as const;
const inCustody = ["cbp_custody", "detained"] as const;

/** Custody region: where the person is held, or that they are free. */
export const custodyTransitions: readonly Transition<CustodyValue>[] = [
  row("CaseOpened", ["in_mexico"], "same", "design.md: a case opens in Mexico"),
  row(
    "AppointmentCheckedIn",
    ["in_mexico"],
    "cbp_custody",
    "INA 235(a)(3); CBP One at ports of entry",
  ),
  row("EncounterRecorded", ["in_mexico"], "cbp_custody", "INA 235(a)(1),(3)"),
  row("EncounterRecorded", ["cbp_custody"], "same", "INA 235(a)(1),(3)"),
  row(
    "HumanitarianExceptionGranted",
    ["in_mexico", "cbp_custody"],
    "same",
    "42 U.S.C. 265; CDC order (exceptions)",
  ),
  row("Title42Expelled", ["cbp_custody"], "in_mexico", "42 U.S.C. 265, 268"),
  row("ProcessedUnderTitle8", ["cbp_custody"], "same", "INA 235(b)"),
  row(
    "DetainedAtFacility",
    ["cbp_custody", ...released],
    "detained",
    "INA 235(b)(1)(B)(iii)(IV); INA 236(a)",
  ),
  row("TransferredToFacility", ["detained"], "same", "INA 241(g)"),
  row("ParoleGranted", inCustody, "released_parole", "INA 212(d)(5)(A); 8 CFR 212.5"),
  row("BondSet", ["detained"], "same", "INA 236(a)(2)(A); 8 CFR 1236.1(d)"),
  row("BondRedeterminationRequested", ["detained"], "same", "8 CFR 1236.1(d)(1); 8 CFR 1003.19"),
  row("BondRedetermined", ["detained"], "same", "8 CFR 1003.19"),
  row("BondPosted", ["detained"], "released_bond", "INA 236(a)(2)(A)"),
  row("ReleasedOnRecognizance", inCustody, "released_recognizance", "INA 236(a)(2)(B)"),
  row("FearClaimed", inCustody, "same", "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)"),
  row("ExpeditedRemovalOrdered", inCustody, "same", "INA 235(b)(1)(A)(i)"),
  row("RemovalExecuted", inCustody, "removed", "INA 241(a)(1)"),
  row("RemovalAttemptFailed", inCustody, "detained", "INA 243(a)"),
];
