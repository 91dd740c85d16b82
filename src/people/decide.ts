import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type DecideContext, type Decision } from "../core/process/context.ts";
import { pending } from "../core/process/events.ts";
import { countrySchema, daySchema, idSchema, instantSchema } from "../core/process/schemaKit.ts";
import type { CaseState } from "../core/process/state.ts";

export const peopleCommandSchemas = [
  z.object({
    type: z.literal("OpenCase"),
    personId: idSchema,
    nationality: countrySchema,
    arrivedAt: instantSchema.nullable().default(null),
  }),
  z.object({
    type: z.literal("ChangeAddress"),
    address: z.string().trim().min(1).max(500),
    /** The day of the move; the command's day when left out. */
    movedOn: daySchema.optional(),
    toCourt: z.boolean().default(true),
    toDhs: z.boolean().default(true),
  }),
] as const;

export type PeopleCommand = z.infer<(typeof peopleCommandSchemas)[number]>;

export function decidePeople(
  _state: CaseState,
  command: PeopleCommand,
  context: DecideContext,
): Decision {
  switch (command.type) {
    case "OpenCase":
      return accept(
        pending("CaseOpened", {
          personId: command.personId,
          nationality: command.nationality,
          arrivedAt: command.arrivedAt,
        }),
      );
    case "ChangeAddress":
      return accept(
        pending("AddressChanged", {
          address: command.address,
          movedOn: command.movedOn ?? dayOf(context.now),
          toCourt: command.toCourt,
          toDhs: command.toDhs,
        }),
      );
  }
}
