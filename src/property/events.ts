import { z } from "zod";
import type { CaseEvent } from "../core/caseLog.ts";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { CustodyEventData } from "../custody/events.ts";
import {
  type PropertyEntry,
  type PropertyItem,
  type PropertyView,
  propertyKinds,
} from "./state.ts";

/**
 * Who an item is handed on to. `ice_facility`: ICE at a facility takes it over, and it stays held
 * for the person there; anyone else takes it out of custody's hands for good.
 */
export const handOnRecipients = [
  "ice_facility",
  "consulate",
  "law_enforcement",
  "court",
  "representative",
  "other",
] as const;

const receiptNumbers = z.array(z.string()).describe("The items' receipt numbers.");

/** Events of the property ledger (past tense). */
export const propertyEvents = {
  PropertyTaken: z
    .object({
      receiptNumber: z.string().describe("The item's receipt number, unique in the case."),
      kind: z.enum(propertyKinds),
      description: z.string().describe("The item as the receipt describes it."),
      amountCents: z
        .number()
        .int()
        .nullable()
        .describe("Money only: hundredths of the currency's unit."),
      currency: z.string().nullable().describe("Money only: the currency, ISO 4217."),
      heldBy: z.string().describe("Who holds it now: cbp, or the facility's id."),
    })
    .describe("An item was taken from the person and put in their property ledger (CBP TEDS)."),
  PropertyReturned: z
    .object({ receiptNumbers })
    .describe("Items of the ledger were returned to the person."),
  PropertyHandedOn: z
    .object({
      receiptNumbers,
      to: z.enum(handOnRecipients),
      recipient: z.string().describe("Who took the items (for ICE, the facility's id)."),
    })
    .describe("Items of the ledger were handed on, with a record of who took them."),
  PropertyDisposedOf: z
    .object({ receiptNumbers, reason: z.string().describe("Why, as it goes on the record.") })
    .describe("Items of the ledger were disposed of, with the reason on the record."),
};

export type PropertyEventData = {
  [Type in keyof typeof propertyEvents]: z.infer<(typeof propertyEvents)[Type]>;
};

type Data = PropertyEventData &
  Pick<CustodyEventData, "DetainedAtFacility" | "TransferredToFacility">;

function entry(
  event: CaseEvent,
  action: PropertyEntry["action"],
  to: string | null,
  reason: string | null = null,
): PropertyEntry {
  return { action, at: event.occurredAt, by: event.actor, to, reason };
}

/** The ledger with each item `change` picks changed (the others as they were). */
function change(
  state: PropertyView,
  picks: (item: PropertyItem) => boolean,
  changed: (item: PropertyItem) => PropertyItem,
): PropertyView {
  const items = state.property.items.map((item) => (picks(item) ? changed(item) : item));
  return { ...state, property: { ...state.property, items } };
}

const named = (receipts: readonly string[]) => (item: PropertyItem) =>
  item.status === "held" && receipts.includes(item.receiptNumber);

/** CBP TEDS (2015) 2.10: the person's documents and medication travel with them. */
function travels(state: PropertyView, facilityId: string, event: CaseEvent): PropertyView {
  return change(
    state,
    (item) => item.status === "held" && item.heldBy !== facilityId,
    (item) => ({
      ...item,
      heldBy: facilityId,
      record: [...item.record, entry(event, "moved", facilityId)],
    }),
  );
}

function leaves(
  state: PropertyView,
  receipts: readonly string[],
  status: "returned" | "handed_on" | "disposed",
  done: PropertyEntry,
): PropertyView {
  return change(state, named(receipts), (item) => ({
    ...item,
    status,
    heldBy: null,
    record: [...item.record, done],
  }));
}

export const propertyHandlers: EventHandlers<PropertyView, Data> = {
  PropertyTaken: (state, data, event) => ({
    ...state,
    property: {
      taken: state.property.taken + 1,
      items: [
        ...state.property.items,
        {
          receiptNumber: data.receiptNumber,
          kind: data.kind,
          description: data.description,
          amountCents: data.amountCents,
          currency: data.currency,
          status: "held",
          heldBy: data.heldBy,
          record: [entry(event, "taken", data.heldBy)],
        },
      ],
    },
  }),
  PropertyReturned: (state, data, event) =>
    leaves(state, data.receiptNumbers, "returned", entry(event, "returned", null)),
  PropertyHandedOn: (state, data, event) =>
    data.to === "ice_facility"
      ? change(state, named(data.receiptNumbers), (item) => ({
          ...item,
          heldBy: data.recipient,
          record: [...item.record, entry(event, "moved", data.recipient)],
        }))
      : leaves(
          state,
          data.receiptNumbers,
          "handed_on",
          entry(event, "handed_on", `${data.to}: ${data.recipient}`),
        ),
  PropertyDisposedOf: (state, data, event) =>
    leaves(state, data.receiptNumbers, "disposed", entry(event, "disposed", null, data.reason)),
  DetainedAtFacility: (state, data, event) => travels(state, data.facilityId, event),
  TransferredToFacility: (state, data, event) => travels(state, data.facilityId, event),
};
