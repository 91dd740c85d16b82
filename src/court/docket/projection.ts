import { type CaseProjection, ProjectionConflict } from "../../platform/caseLog/projection.ts";
import { bookSlot } from "./store.ts";

/**
 * The docket's bookings, kept from HearingScheduled events: each hearing holds the slot it was
 * scheduled into. Booking a slot another hearing holds is a conflict, and the command's write
 * rolls back: of two clerks booking one slot at once, one gets it.
 */
export const docketProjection: CaseProjection = {
  name: "court-docket",
  version: 1,
  async update(trx, change) {
    for (const event of change.events) {
      if (event.type !== "HearingScheduled") continue;
      const { slotId, hearingId } = event.data as { slotId?: unknown; hearingId?: unknown };
      if (typeof slotId !== "string" || typeof hearingId !== "string") continue;
      const booked = await bookSlot(
        trx,
        slotId,
        { caseId: change.case.id, hearingId },
        new Date(event.occurredAt),
      );
      if (!booked) {
        throw new ProjectionConflict(
          "The hearing slot is no longer free: another hearing was booked into it. Choose another slot.",
        );
      }
    }
  },
  async clear(trx) {
    await trx
      .updateTable("hearing_slots")
      .set({ case_id: null, hearing_id: null, booked_at: null })
      .where("case_id", "is not", null)
      .execute();
  },
};
