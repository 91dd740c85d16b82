import type { CaseEvent } from "../../core/caseLog.ts";
import type { CaseProjection } from "../../platform/caseLog/projection.ts";
import type { CustodyFacts } from "../state.ts";

const PLACED = new Set(["DetainedAtFacility", "TransferredToFacility"]);

/** When the person was last placed at a facility, among these events (ISO instants sort as text). */
function placedAt(events: readonly CaseEvent[]): string | undefined {
  return events
    .filter((event) => PLACED.has(event.type))
    .map((event) => event.occurredAt)
    .sort()
    .at(-1);
}

/**
 * Who is detained where: one row for each case whose person ICE holds at a facility, from the
 * case's state after each write; none once the person is released, removed or back in CBP
 * custody. `since` is when they were placed at that facility (detained there or moved there).
 */
export const detainees: CaseProjection = {
  name: "detainees",
  version: 1,
  async update(trx, { case: stored, events }) {
    const { custody, facilityId } = stored.state as unknown as CustodyFacts;
    if (custody !== "detained" || facilityId === null) {
      await trx.deleteFrom("detainees").where("case_id", "=", stored.id).execute();
      return;
    }
    const placed = placedAt(events);
    // A write that placed nobody (a bond set, a failed removal) keeps the row's `since`.
    const since = placed ?? events.map((event) => event.occurredAt).sort()[0] ?? "";
    await trx
      .insertInto("detainees")
      .values({
        case_id: stored.id,
        person_id: stored.personId,
        facility_id: facilityId,
        since: new Date(since),
      })
      .onConflict((oc) =>
        oc.column("case_id").doUpdateSet((eb) => ({
          person_id: eb.ref("excluded.person_id"),
          facility_id: eb.ref("excluded.facility_id"),
          ...(placed === undefined ? {} : { since: eb.ref("excluded.since") }),
        })),
      )
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("detainees").execute();
  },
};
