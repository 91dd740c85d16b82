import type { KernelState } from "../core/pathway/index.ts";

/** The person and their case as a whole. */
export interface PeopleFacts {
  person: { personId: string; nationality: string; arrivedInMexicoAt: string | null } | null;
  address: { address: string; movedOn: string } | null;
}

export type PeopleView = KernelState & PeopleFacts;

export function peopleFacts(): PeopleFacts {
  return { person: null, address: null };
}
