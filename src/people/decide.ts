import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker } from "../core/decision.ts";
import { countrySchema, daySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { CourtFacts } from "../court/state.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { PeopleEventData } from "./events.ts";
import { addressReceipts } from "./rules.ts";
import type { PeopleView } from "./state.ts";

const event = eventMaker<PeopleEventData>();

/** What the people area's rules read: its own facts, and whether a court has the case. */
type View = PeopleView & Partial<Pick<CourtFacts, "court">>;

export const peopleCommandSchemas = [
  z
    .object({
      type: z.literal("OpenCase"),
      personId: idSchema.describe("The person the case is for (their id in Haven)."),
      nationality: countrySchema.describe("The person's nationality, ISO 3166-1 alpha-2."),
      arrivedAt: instantSchema
        .nullable()
        .default(null)
        .describe(
          "When the person arrived in Mexico, ISO 8601 with offset. Null, the default, when not known.",
        ),
    })
    .meta({
      description: "Open the person's case: its first event. Refused on a case already open.",
      examples: [
        {
          type: "OpenCase",
          personId: "demo-person-101",
          nationality: "RU",
          arrivedAt: "2022-03-13T18:00:00Z",
        },
      ],
    }),
  z
    .object({
      type: z.literal("ChangeAddress"),
      address: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .describe("The new address, in full (up to 500 characters)."),
      movedOn: daySchema
        .optional()
        .describe("The day of the move, YYYY-MM-DD. The command's day when left out."),
      toCourt: z
        .boolean()
        .default(true)
        .describe(
          "File the change with the immigration court (Form EOIR-33). True when left out; filed only once a Notice to Appear has put the case before a court.",
        ),
      toDhs: z
        .boolean()
        .default(true)
        .describe("File the change with DHS (Form AR-11). True when left out."),
    })
    .meta({
      description:
        "Record a change of address: one entry files it with DHS (AR-11, within 10 days: INA 265(a)) and, once the case is before a court, with the court (EOIR-33, within 5 days: 8 CFR 1003.15(d)(2)), and gives a receipt for each.",
      examples: [
        {
          type: "ChangeAddress",
          address: "1200 J Street, Sacramento, CA 95814",
          movedOn: "2022-04-18",
        },
      ],
    }),
] as const;

export type PeopleCommand = z.infer<(typeof peopleCommandSchemas)[number]>;

export function decidePeople(
  state: View,
  command: PeopleCommand,
  context: PolicyContext,
): Decision {
  switch (command.type) {
    case "OpenCase":
      return accept(
        event("CaseOpened", {
          personId: command.personId,
          nationality: command.nationality,
          arrivedAt: command.arrivedAt,
        }),
      );
    case "ChangeAddress": {
      const movedOn = command.movedOn ?? dayOf(context.now);
      const toCourt = command.toCourt && Boolean(state.court);
      const change = (state.address?.change ?? (state.address ? 1 : 0)) + 1;
      return accept(
        event("AddressChanged", {
          address: command.address,
          movedOn,
          toCourt,
          toDhs: command.toDhs,
          receipts: addressReceipts(dayOf(context.now), change, { toCourt, toDhs: command.toDhs }),
        }),
      );
    }
  }
}

/** The command that opens a person's case (for the use cases that open one). */
export function openingCommand(
  personId: string,
  nationality: string,
  arrivedAt: string | null = null,
): Extract<PeopleCommand, { type: "OpenCase" }> {
  return { type: "OpenCase", personId, nationality, arrivedAt };
}
