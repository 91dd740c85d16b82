import { z } from "zod";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { type Refusal, refusal } from "../core/refusal.ts";
import { handOnRecipients, type PropertyEventData } from "./events.ts";
import { PERSONAL_PROPERTY } from "./rules.ts";
import {
  CBP_HOLDER,
  type PropertyItem,
  type PropertyView,
  propertyKinds,
  receiptNumber,
} from "./state.ts";

const event = eventMaker<PropertyEventData>();

const receiptNumbers = z
  .array(z.string().trim().toUpperCase().min(1).max(20))
  .min(1)
  .max(50)
  .describe(
    "The items' receipt numbers as on the receipt given to the person (PR-001, PR-002 …), 1 to 50.",
  );

export const propertyCommandSchemas = [
  z
    .object({
      type: z.literal("RecordPropertyTaken"),
      kind: z
        .enum(propertyKinds)
        .describe(
          "What the item is: passport, birth_certificate, police_report, medication, religious_item, money, phone or other.",
        ),
      description: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .describe(
          "The item as the receipt describes it, in words (up to 500 characters), e.g. the document's number or the medicine's name and dose.",
        ),
      amountCents: z
        .number()
        .int()
        .positive()
        .nullable()
        .default(null)
        .describe(
          "Money only, and then required: the amount in hundredths of the currency's unit (USD 480.00 = 48000). Null, the default, for anything else.",
        ),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code")
        .nullable()
        .default(null)
        .describe(
          "Money only, and then required: the currency, ISO 4217 (USD, MXN, RUB). Null, the default, for anything else.",
        ),
    })
    .meta({
      description:
        "Record an item taken from a person in CBP or ICE custody: it gets the case's next receipt number (PR-001, PR-002 …), unique in the case, and is held for the person by CBP at the port or by the facility where they are detained; it travels with them when they move (CBP TEDS 2015, personal property; 2.10). Refused when the person is not in custody, and for money without its amount and currency (or an amount on anything else).",
      examples: [
        {
          type: "RecordPropertyTaken",
          kind: "passport",
          description: "Russian passport 75 1234567",
        },
        {
          type: "RecordPropertyTaken",
          kind: "money",
          description: "Cash",
          amountCents: 48_000,
          currency: "USD",
        },
      ],
    }),
  z.object({ type: z.literal("ReturnProperty"), receiptNumbers }).meta({
    description:
      "Record that items of the ledger were returned to the person (at release, removal or on request). Refused for a receipt number not in the case, and for an item no longer held (returned, handed on or disposed of).",
    examples: [{ type: "ReturnProperty", receiptNumbers: ["PR-001", "PR-003"] }],
  }),
  z
    .object({
      type: z.literal("HandOnProperty"),
      receiptNumbers,
      to: z
        .enum(handOnRecipients)
        .describe(
          "Who takes the items: ice_facility (ICE at a facility takes them over and holds them for the person), consulate, law_enforcement, court, representative (someone the person named, e.g. their attorney) or other.",
        ),
      recipient: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .describe(
          "Who exactly took them, as the record says (up to 200 characters): for ice_facility, the facility's id.",
        ),
    })
    .meta({
      description:
        "Record that items of the ledger were handed on, with who took them. Refused for a receipt number not in the case, and for an item no longer held.",
      examples: [
        {
          type: "HandOnProperty",
          receiptNumbers: ["PR-002"],
          to: "ice_facility",
          recipient: "otay-mesa-detention-center",
        },
      ],
    }),
  z
    .object({
      type: z.literal("DisposeOfProperty"),
      receiptNumbers,
      reason: z
        .string()
        .trim()
        .max(2000)
        .describe(
          "Why the items are disposed of, as it goes on the record (up to 2,000 characters). An empty reason is refused.",
        ),
    })
    .meta({
      description:
        "Record that items of the ledger were disposed of; the record keeps who did it, when and why. Refused without a reason, for a receipt number not in the case, and for an item no longer held.",
      examples: [
        {
          type: "DisposeOfProperty",
          receiptNumbers: ["PR-004"],
          reason: "Food that had spoiled; the person was told and agreed.",
        },
      ],
    }),
] as const;

export type PropertyCommand = z.infer<(typeof propertyCommandSchemas)[number]>;

const statusWords: Record<PropertyItem["status"], string> = {
  held: "held",
  returned: "returned to the person",
  handed_on: "handed on",
  disposed: "disposed of",
};

/** The refusal for the first receipt number that names no item still held, or null. */
function heldItems(state: PropertyView, receipts: readonly string[]): Refusal | null {
  for (const receipt of receipts) {
    const item = state.property.items.find((candidate) => candidate.receiptNumber === receipt);
    if (!item) {
      return refusal(
        "property.receipt-unknown",
        PERSONAL_PROPERTY,
        `No item with the receipt number ${receipt} is in this case's property ledger.`,
        "receiptNumbers",
      );
    }
    if (item.status !== "held") {
      const last = item.record.at(-1);
      return refusal(
        "property.not-held",
        PERSONAL_PROPERTY,
        `Item ${receipt} is no longer held: it was ${statusWords[item.status]}${last ? ` on ${last.at}` : ""}.`,
        "receiptNumbers",
      );
    }
  }
  return null;
}

function takeProperty(
  state: PropertyView,
  command: Extract<PropertyCommand, { type: "RecordPropertyTaken" }>,
): Decision {
  if (state.custody !== "cbp_custody" && state.custody !== "detained") {
    return refuse(
      refusal(
        "property.not-in-custody",
        PERSONAL_PROPERTY,
        `The person is not in CBP or ICE custody (custody is "${state.custody}"): property is taken only from a person in custody.`,
      ),
    );
  }
  const isMoney = command.kind === "money";
  const hasAmount = command.amountCents !== null && command.currency !== null;
  const hasAny = command.amountCents !== null || command.currency !== null;
  if (isMoney ? !hasAmount : hasAny) {
    return refuse(
      refusal(
        isMoney ? "property.money.amount-required" : "property.money.amount-only-for-money",
        PERSONAL_PROPERTY,
        isMoney
          ? "The item is money: the receipt must give its amount and currency."
          : "The item is not money: it takes no amount or currency.",
        "amountCents",
      ),
    );
  }
  return accept(
    event("PropertyTaken", {
      receiptNumber: receiptNumber(state.property.taken + 1),
      kind: command.kind,
      description: command.description,
      amountCents: command.amountCents,
      currency: command.currency,
      heldBy: state.custody === "detained" ? (state.facilityId ?? "ice") : CBP_HOLDER,
    }),
  );
}

export function decideProperty(state: PropertyView, command: PropertyCommand): Decision {
  if (command.type === "RecordPropertyTaken") return takeProperty(state, command);
  // Nothing held: whatever receipt is typed, there is nothing to return, hand on or dispose of.
  if (!state.property.items.some((item) => item.status === "held")) {
    return refuse(
      refusal(
        "property.none-held",
        PERSONAL_PROPERTY,
        "No item of the person's property is held: the ledger has nothing to return, hand on or dispose of.",
      ),
    );
  }
  const receipts = [...new Set(command.receiptNumbers)];
  const blocked = heldItems(state, receipts);
  if (blocked) return refuse(blocked);
  switch (command.type) {
    case "ReturnProperty":
      return accept(event("PropertyReturned", { receiptNumbers: receipts }));
    case "HandOnProperty":
      return accept(
        event("PropertyHandedOn", {
          receiptNumbers: receipts,
          to: command.to,
          recipient: command.recipient,
        }),
      );
    case "DisposeOfProperty":
      if (command.reason === "") {
        return refuse(
          refusal(
            "property.dispose.reason-required",
            PERSONAL_PROPERTY,
            "Nothing is disposed of without the reason on the record.",
            "reason",
          ),
        );
      }
      return accept(
        event(
          "PropertyDisposedOf",
          { receiptNumbers: receipts, reason: command.reason },
          command.reason,
        ),
      );
  }
}
