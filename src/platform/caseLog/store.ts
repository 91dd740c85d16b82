import type { Kysely, Transaction } from "kysely";
import { type CaseEvent, type Projection, sequence } from "../../core/caseLog.ts";
import type { Database } from "../database/schema.ts";
import { NotFoundError, VersionConflictError } from "../errors.ts";
import type { Decision, Refusal } from "./engine.ts";

export interface AppendRequest<State> {
  caseId: string;
  expectedVersion: number;
  /** Decides, from the case's current state, which events to append (or refuses). */
  decide: (state: State) => Decision;
  actor: string;
  occurredAt: string;
}

export type AppendResult<State> =
  | { ok: true; version: number; state: State; events: CaseEvent[] }
  | { ok: false; refusal: Refusal };

/**
 * Decides and appends events on a case with optimistic concurrency, and updates its projection,
 * inside the caller's transaction. The row lock on the case makes a concurrent append with the
 * same expected version wait and then fail with a conflict; the (case_id, seq) key is the second
 * line of defence. A refusal writes nothing.
 */
export async function appendToCase<State>(
  trx: Transaction<Database>,
  projection: Projection<State>,
  request: AppendRequest<State>,
): Promise<AppendResult<State>> {
  const current = await trx
    .selectFrom("cases")
    .select(["version", "state"])
    .where("id", "=", request.caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) throw new NotFoundError("The case");
  if (current.version !== request.expectedVersion) {
    throw new VersionConflictError(request.expectedVersion, current.version);
  }
  const decision = request.decide(current.state as State);
  if (!decision.ok) return decision;
  // The instant as the database will give it back, so the projection folds the same values
  // now as a replay of the stored events will.
  const occurredAt = new Date(request.occurredAt).toISOString();
  const events = sequence(request.caseId, current.version, decision.events, {
    actor: request.actor,
    occurredAt,
  });
  let state = current.state as State;
  for (const event of events) state = projection.evolve(state, event);
  const version = current.version + events.length;
  if (events.length > 0) {
    await trx
      .insertInto("case_events")
      .values(
        events.map((event) => ({
          case_id: event.caseId,
          seq: event.seq,
          type: event.type,
          data: JSON.stringify(event.data),
          actor: event.actor,
          reason: event.reason,
          occurred_at: event.occurredAt,
        })),
      )
      .execute();
    await trx
      .updateTable("cases")
      .set({ version, state: JSON.stringify(state), updated_at: new Date() })
      .where("id", "=", request.caseId)
      .execute();
  }
  return { ok: true, version, state, events };
}

export async function readCaseEvents(
  trx: Transaction<Database> | Kysely<Database>,
  caseId: string,
): Promise<(CaseEvent & { recordedAt: string })[]> {
  const rows = await trx
    .selectFrom("case_events")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("seq")
    .execute();
  return rows.map((row) => ({
    caseId: row.case_id,
    seq: row.seq,
    type: row.type,
    data: row.data,
    actor: row.actor,
    reason: row.reason,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  }));
}
