import type { CaseProjection } from "../../platform/caseLog/projection.ts";

/**
 * Every deadline a case's events started, by case, due date and who must act: the clocks the
 * case keeps, as rows. Whether one is open, met or missed at a moment follows from the row.
 */
export const caseDeadlines: CaseProjection = {
  name: "case-deadlines",
  version: 1,
  async update(trx, { case: stored }, pathway) {
    await trx.deleteFrom("case_deadlines").where("case_id", "=", stored.id).execute();
    if (stored.clocks.running.length === 0) return;
    await trx
      .insertInto("case_deadlines")
      .values(
        stored.clocks.running.map((clock) => {
          const rule = pathway.deadlines.rule(clock.ruleId);
          return {
            case_id: stored.id,
            rule_id: clock.ruleId,
            started_seq: clock.startedBy.seq,
            started_type: clock.startedBy.type,
            party: rule.party,
            kind: rule.kind,
            start_day: clock.startDay,
            due: clock.due,
            due_at: new Date(clock.dueAt),
            rolled_from: clock.rolledFrom,
            met_at: clock.metAt === null ? null : new Date(clock.metAt),
          };
        }),
      )
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("case_deadlines").execute();
  },
};
