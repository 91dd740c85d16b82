import type { CustodyView } from "../custody/state.ts";

/** What CBP and ICE take from a person in their custody and keep for them (CBP TEDS 2015). */
export const propertyKinds = [
  "passport",
  "birth_certificate",
  "police_report",
  "medication",
  "religious_item",
  "money",
  "phone",
  "other",
] as const;
export type PropertyKind = (typeof propertyKinds)[number];

/**
 * Where an item is: held for the person (by CBP or at a facility), or out of the ledger for good,
 * returned to the person, handed on to someone outside custody, or disposed of.
 */
export const propertyStatuses = ["held", "returned", "handed_on", "disposed"] as const;
export type PropertyStatus = (typeof propertyStatuses)[number];

/** Who holds an item while it is held: CBP at the port, else the facility's id. */
export const CBP_HOLDER = "cbp";

/**
 * One change of hands of an item, as the ledger records it: who, when, to whom, why. `moved`: to
 * another holder for the person (a facility they are detained at, or ICE taking it over).
 */
export interface PropertyEntry {
  action: "taken" | "moved" | "returned" | "handed_on" | "disposed";
  /** When (the event's time). */
  at: string;
  /** Who recorded it (the event's actor). */
  by: string;
  /** The new holder, or who the item went to; null when returned to the person. */
  to: string | null;
  /** Why, in the officer's words; required for a disposal. */
  reason: string | null;
}

export interface PropertyItem {
  /** Unique in the case (PR-001, PR-002 …); with the case reference, unique anywhere. */
  receiptNumber: string;
  kind: PropertyKind;
  description: string;
  /** Money only: the amount in hundredths of the currency's unit, and the currency (ISO 4217). */
  amountCents: number | null;
  currency: string | null;
  status: PropertyStatus;
  /** While held: CBP (`cbp`) or the facility that holds it; null once it left the ledger. */
  heldBy: string | null;
  /** Every change of hands, oldest first. */
  record: PropertyEntry[];
}

export interface PropertyFacts {
  /** The person's property ledger: it is on the case, so it follows the person. */
  property: { taken: number; items: PropertyItem[] };
}

export type PropertyView = CustodyView & PropertyFacts;

export function propertyFacts(): PropertyFacts {
  return { property: { taken: 0, items: [] } };
}

/** The receipt number of the `n`th item taken on the case (1, 2, …). */
export function receiptNumber(n: number): string {
  return `PR-${String(n).padStart(3, "0")}`;
}
