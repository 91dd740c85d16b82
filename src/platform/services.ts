import type { Kysely } from "kysely";
import type { CaseEngine } from "./caseLog/engine.ts";
import type { Database } from "./database/schema.ts";

/** Everything a use case may touch, wired by plain functions (no container). */
export interface Services {
  db: Kysely<Database>;
  // biome-ignore lint/suspicious/noExplicitAny: the engine's state and command types are its own.
  engine: CaseEngine<any, any>;
  /** The only clock adapters read; domain code receives the time from them. */
  clock: () => Date;
}

export function buildServices(
  db: Kysely<Database>,
  engine: Services["engine"],
  clock: () => Date = () => new Date(),
): Services {
  return { db, engine, clock };
}
