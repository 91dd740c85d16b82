import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { PeopleView } from "./state.ts";

/** Events of a person's case as a whole (past tense). */
export const peopleEvents = {
  CaseOpened: z
    .object({
      personId: z.string().describe("The person whose case this is."),
      nationality: z.string().describe("ISO 3166-1 alpha-2 code of the person's nationality."),
      arrivedAt: z
        .string()
        .nullable()
        .describe("When the person arrived in Mexico, if known (ISO 8601)."),
    })
    .describe(
      "The case begins: the person has arrived in Mexico, or first came into contact with Haven.",
    ),
  AddressChanged: z
    .object({
      address: z.string().describe("The new address, as the person gave it."),
      movedOn: z.string().describe("The day of the move (YYYY-MM-DD)."),
      toCourt: z.boolean().describe("Filed with the immigration court (EOIR-33)."),
      toDhs: z.boolean().describe("Filed with DHS (AR-11)."),
      receipts: z
        .object({
          dhs: z.string().nullable().describe("The AR-11 receipt, when filed with DHS."),
          court: z.string().nullable().describe("The EOIR-33 receipt, when filed with the court."),
        })
        .optional()
        .describe("The receipts of the filings (changes recorded before receipts have none)."),
    })
    .describe(
      "The person moved. Haven files the change with the court (EOIR-33, 8 CFR 1003.15(d)(2)) and with DHS (AR-11, 8 CFR 265.1) in one step; the flags record where it went.",
    ),
};

export type PeopleEventData = {
  [Type in keyof typeof peopleEvents]: z.infer<(typeof peopleEvents)[Type]>;
};

export const peopleHandlers: EventHandlers<PeopleView, PeopleEventData> = {
  CaseOpened: (state, data) => ({
    ...state,
    person: {
      personId: data.personId,
      nationality: data.nationality,
      arrivedInMexicoAt: data.arrivedAt,
    },
  }),
  AddressChanged: (state, data) => ({
    ...state,
    address: {
      address: data.address,
      movedOn: data.movedOn,
      change: (state.address?.change ?? (state.address ? 1 : 0)) + 1,
      receipts: data.receipts ?? { dhs: null, court: null },
    },
  }),
};
