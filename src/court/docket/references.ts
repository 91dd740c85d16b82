import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { type HearingSlot, hearingSlotSchema } from "./slots.ts";
import { findSlot } from "./store.ts";

/** The slot a ScheduleHearing names, for the decider: null when there is no such slot. */
export async function docketReferences(
  db: Kysely<Database> | Transaction<Database>,
  command: { type: string },
): Promise<Record<string, unknown>> {
  if (command.type !== "ScheduleHearing") return {};
  const slotId = (command as { slotId?: unknown }).slotId;
  if (typeof slotId !== "string") return {};
  const slot = await findSlot(db, slotId);
  return { hearingSlot: slot ? hearingSlotSchema.parse(slot) : null };
}

/** The same lookup over a list of slots (the demo's docket, tests): pure. */
export function referencesIn(slots: readonly HearingSlot[]) {
  return (command: { type: string }): Record<string, unknown> => {
    if (command.type !== "ScheduleHearing") return {};
    const slotId = (command as { slotId?: unknown }).slotId;
    return { hearingSlot: slots.find((slot) => slot.id === slotId) ?? null };
  };
}

/** The slot the decider was given, checked: null when none was found. */
export function slotIn(references: Readonly<Record<string, unknown>> | undefined) {
  const parsed = hearingSlotSchema.nullable().safeParse(references?.hearingSlot ?? null);
  return parsed.success ? parsed.data : null;
}
