import type { Clocks, DeadlineClock } from "../core/deadlines/types.ts";
import { readCaseEvents } from "../platform/caseLog/store.ts";
import type { Services } from "../platform/services.ts";
import { caseDeadlineRows, findCaseRow, toPersonView } from "./store.ts";

/**
 * A case as its reader sees it: the person, where it stands, what comes next, every deadline
 * with its status now, and the timeline. Deadlines come from the case-deadlines read model and
 * next steps from the case's state with them, so no event is folded to read a case.
 */
export async function readCase(services: Services, caseId: string) {
  const { db, pathway } = services;
  const row = await findCaseRow(db, caseId);
  if (!row) return null;
  const [rows, timeline] = await Promise.all([
    caseDeadlineRows(db, caseId),
    readCaseEvents(db, caseId),
  ]);
  const clocks: DeadlineClock[] = rows.map((deadline) => ({
    ruleId: deadline.rule_id,
    startedBy: { seq: deadline.started_seq, type: deadline.started_type },
    startDay: deadline.start_day,
    due: deadline.due,
    dueAt: deadline.due_at.toISOString(),
    rolledFrom: deadline.rolled_from,
    metAt: deadline.met_at?.toISOString() ?? null,
  }));
  // In the order the engine keeps them: by the event that started each, then the rules' order.
  const position = new Map(pathway.deadlineRules.map((rule, index) => [rule.id, index]));
  clocks.sort(
    (a, b) =>
      a.startedBy.seq - b.startedBy.seq ||
      (position.get(a.ruleId) ?? 0) - (position.get(b.ruleId) ?? 0),
  );
  const deadlines = pathway.deadlines.at(
    { running: clocks, last: {} } satisfies Clocks,
    services.clock().toISOString(),
  );
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    person: toPersonView(row),
    state: row.regions,
    lastEventAt: row.last_event_at.toISOString(),
    nextSteps: pathway.nextSteps(row.state as never, deadlines),
    deadlines,
    timeline: timeline.map(({ caseId: _caseId, ...entry }) => entry),
  };
}
