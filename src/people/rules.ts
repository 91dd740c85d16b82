import type { DeadlineRule } from "../core/deadlines/types.ts";
import type { AddressReceipts } from "./state.ts";

/**
 * The receipts of one change of address, numbered by the case's changes: e.g. AR11-20230203-2
 * for the AR-11 of its second change, filed on 3 February 2023.
 */
export function addressReceipts(
  filedOn: string,
  change: number,
  filed: { toCourt: boolean; toDhs: boolean },
): AddressReceipts {
  const stamp = `${filedOn.replaceAll("-", "")}-${change}`;
  return {
    dhs: filed.toDhs ? `AR11-${stamp}` : null,
    court: filed.toCourt ? `EOIR33-${stamp}` : null,
  };
}

/**
 * The court is told of a move within five days, once a Notice to Appear is served. 8 CFR
 * 1003.15(d)(2) says "within five days"; the Immigration Court Practice Manual says five working
 * days. The regulation's calendar days end sooner, so the stricter one is the rule here.
 */
export const addressToCourt: DeadlineRule = {
  id: "people.address-eoir-33",
  title: "Change of address to the immigration court (EOIR-33) within 5 days",
  citation:
    "8 CFR 1003.15(d)(2) (five days; kept over the Immigration Court Practice Manual ch. 2.2(c), five working days)",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "AddressChanged" }],
  startField: "movedOn",
  requiresPrior: "NoticeToAppearServed",
  length: 5,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  metByStartWhen: [{ field: "toCourt", equals: true }],
  restart: "add",
};

/** INA 265(a); 8 CFR 265.1: DHS is told of a move within 10 days. */
export const addressToDhs: DeadlineRule = {
  id: "people.address-ar-11",
  title: "Change of address to DHS (AR-11) within 10 days",
  citation: "INA 265(a); 8 CFR 265.1",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "AddressChanged" }],
  startField: "movedOn",
  length: 10,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  metByStartWhen: [{ field: "toDhs", equals: true }],
  restart: "add",
};

/** Deadlines started by a change of address. */
export const peopleDeadlines: readonly DeadlineRule[] = [addressToCourt, addressToDhs];
