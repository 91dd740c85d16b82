import type { Standard } from "../core/standards.ts";

/**
 * CBP TEDS (2015): a detained person's property (identity documents, medication, money, legal
 * papers) is inventoried, safeguarded and returned; documents and medication travel with the
 * person (2.10). ICE PBNDS 2011, 2.5: funds and personal property in detention.
 */
export const PERSONAL_PROPERTY =
  "CBP National Standards on Transport, Escort, Detention, and Search (TEDS, 2015), personal property; ICE PBNDS 2011, 2.5";

export const propertyStandards: readonly Standard[] = [
  {
    id: "property.ledger",
    title:
      "Property taken from a person in custody is inventoried with a receipt, safeguarded, and returned or handed on with a record",
    figure: "every item held, returned, handed on or disposed of (who, when and why on the record)",
    citation: PERSONAL_PROPERTY,
  },
  {
    id: "property.travels-with-person",
    title: "A detained person's documents and medication travel with them on transfer",
    figure: "the ledger's holder follows DetainedAtFacility and TransferredToFacility",
    citation: "CBP TEDS (2015) 2.10",
  },
];
