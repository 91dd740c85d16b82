import type { DeadlineRule } from "../core/deadlines/types.ts";

/** 8 CFR 1003.15(d)(2): the court is told of a move within 5 working days (once in court). */
export const addressToCourt: DeadlineRule = {
  id: "people.address-eoir-33",
  title: "Change of address to the immigration court (EOIR-33) within 5 working days",
  citation: "8 CFR 1003.15(d)(2)",
  kind: "by",
  party: "applicant",
  startsOn: [{ type: "AddressChanged" }],
  startField: "movedOn",
  requiresPrior: "NoticeToAppearServed",
  length: 5,
  unit: "workingDays",
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
