import type { Transaction } from "kysely";
import { recordAudit } from "./audit/record.ts";
import type { Database } from "./database/schema.ts";
import { enqueue, type OutboxMessage } from "./outbox/store.ts";
import type { Services } from "./services.ts";

/**
 * A write as its route declares it (http/declare.ts): who asks, and the audit action. The
 * HTTP layer hands it to the use case; tools and jobs name their own.
 */
export interface Write {
  actor: string;
  action: string;
}

/** The record a write is about, for its audit entry: ids only, never names (8 CFR 208.6). */
export interface AuditSubject {
  type: string;
  id: string | null;
  details?: Record<string, unknown>;
  /**
   * A second fact the same write records under its own name (e.g. the account that opened a case
   * now follows its person); the route's declared action otherwise.
   */
  action?: string;
}

/** What a use case is given to do its writes as one unit. */
export interface UnitOfWork {
  trx: Transaction<Database>;
  write: Write;
  /** Names a record the write is about: each gets the declared audit entry when the write holds. */
  audit: (subject: AuditSubject) => void;
  /** Puts messages in the outbox, sent by the outbox worker once the write has committed. */
  send: (...messages: OutboxMessage[]) => Promise<void>;
}

class Rollback {
  constructor(readonly result: unknown) {}
}

/**
 * Runs a use case's writes in one transaction: its work, the audit entry its route declares for
 * each record it names, its outbox messages — all of it, or none. A result that is not ok rolls
 * back whatever the work wrote, so a refused or conflicting write changes nothing.
 */
export async function inTransaction<T extends { ok: boolean }>(
  services: Services,
  write: Write,
  work: (unit: UnitOfWork) => Promise<T>,
): Promise<T> {
  let sent = 0;
  try {
    const result = await services.db.transaction().execute(async (trx) => {
      const subjects: AuditSubject[] = [];
      const unit: UnitOfWork = {
        trx,
        write,
        audit: (subject) => {
          subjects.push(subject);
        },
        send: async (...messages) => {
          await enqueue(trx, messages, services.clock());
          sent += messages.length;
        },
      };
      const outcome = await work(unit);
      if (!outcome.ok) throw new Rollback(outcome);
      for (const subject of subjects.length > 0 ? subjects : [{ type: "none", id: null }]) {
        await recordAudit(trx, {
          actor: write.actor,
          action: subject.action ?? write.action,
          subjectType: subject.type === "none" ? null : subject.type,
          subjectId: subject.id,
          details: subject.details ?? {},
        });
      }
      return outcome;
    });
    if (sent > 0) services.outbox.wake();
    return result;
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  }
}
