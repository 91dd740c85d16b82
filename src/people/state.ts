import type { KernelState } from "../core/pathway/index.ts";

/** The person and their case as a whole. */
export interface PeopleFacts {
  person: { personId: string; nationality: string; arrivedInMexicoAt: string | null } | null;
  address: {
    address: string;
    movedOn: string;
    /** How many changes of address the case has had, this one included (numbers the receipts). */
    change: number;
    receipts: AddressReceipts;
  } | null;
}

/** The receipt of each filing one change of address made: AR-11 with DHS, EOIR-33 with the court. */
export interface AddressReceipts {
  dhs: string | null;
  court: string | null;
}

export type PeopleView = KernelState & PeopleFacts;

export function peopleFacts(): PeopleFacts {
  return { person: null, address: null };
}
