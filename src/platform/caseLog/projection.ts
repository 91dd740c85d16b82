import type { Transaction } from "kysely";
import type { CaseEvent } from "../../core/caseLog.ts";
import type { Pathway } from "../../core/pathway/index.ts";
import type { Database } from "../database/schema.ts";
import type { StoredCase } from "./store.ts";

/**
 * A projection's refusal to take an event because a row it keeps is another's (e.g. a hearing
 * slot already booked): the command's write rolls back and its caller gets a conflict.
 */
export class ProjectionConflict extends Error {
  override name = "ProjectionConflict";
}

/** A case after a write: what it is now, and the events that made it so. */
export interface CaseChange {
  case: StoredCase;
  /** The events this write appended (a rebuild passes the whole log). */
  events: readonly CaseEvent[];
}

/**
 * A read model kept from case events: its rows for one case are brought up to date inside the
 * transaction that appends the case's events, and the whole of it can be rebuilt from the log
 * (`haven projections rebuild`). Its rows depend on the case alone, never on the clock.
 */
export interface CaseProjection {
  name: string;
  /** Raised when its rows' shape or meaning changes: the next start rebuilds it. */
  version: number;
  update: (trx: Transaction<Database>, change: CaseChange, pathway: Pathway) => Promise<void>;
  /** Empties it, before a rebuild. */
  clear: (trx: Transaction<Database>) => Promise<void>;
}
