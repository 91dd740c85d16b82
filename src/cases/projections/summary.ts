import { sql } from "kysely";
import type { CaseProjection } from "../../platform/caseLog/projection.ts";

/** One row a case: where it stands, when its last event happened, its next deadline. */
export const caseSummaries: CaseProjection = {
  name: "case-summaries",
  version: 1,
  async update(trx, { case: stored, events }, pathway) {
    // ISO instants from the log (all UTC) sort as text.
    const lastEventAt =
      events
        .map((event) => event.occurredAt)
        .sort()
        .at(-1) ?? "";
    const pending = stored.clocks.running.filter((clock) => clock.metAt === null);
    const nextDue = pending
      .filter((clock) => pathway.deadlines.rule(clock.ruleId).kind === "by")
      .map((clock) => clock.dueAt)
      .sort()[0];
    await trx
      .insertInto("case_summaries")
      .values({
        case_id: stored.id,
        reference: stored.reference,
        person_id: stored.personId,
        version: stored.version,
        regions: JSON.stringify(pathway.summarize(stored.state as never)),
        last_event_at: new Date(lastEventAt),
        next_due_at: nextDue ? new Date(nextDue) : null,
      })
      .onConflict((oc) =>
        oc.column("case_id").doUpdateSet((eb) => ({
          version: eb.ref("excluded.version"),
          regions: eb.ref("excluded.regions"),
          last_event_at: sql`greatest(case_summaries.last_event_at, excluded.last_event_at)`,
          next_due_at: eb.ref("excluded.next_due_at"),
        })),
      )
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("case_summaries").execute();
  },
};
