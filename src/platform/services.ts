import type { Kysely } from "kysely";
import type { SessionTimeouts } from "./auth/sessionPolicy.ts";
import { defaultSessionTimeouts } from "./auth/sessionPolicy.ts";
import type { CaseEngine } from "./caseLog/engine.ts";
import type { Database } from "./database/schema.ts";
import type { Mailer } from "./mail/mailer.ts";

/** Everything a use case may touch, wired by plain functions (no container). */
export interface Services {
  db: Kysely<Database>;
  // biome-ignore lint/suspicious/noExplicitAny: the engine's state and command types are its own.
  engine: CaseEngine<any, any>;
  /** The only clock adapters read; domain code receives the time from them. */
  clock: () => Date;
  /** Sends account mail after commit; null where no mail can be sent (some tools and tests). */
  mailer: Mailer | null;
  /** Where people reach the web app, for links in e-mail (no trailing slash). */
  publicUrl: string;
  sessionTimeouts: SessionTimeouts;
}

export interface ServiceOptions {
  mailer?: Mailer | null;
  publicUrl?: string;
  sessionTimeouts?: SessionTimeouts;
}

export function buildServices(
  db: Kysely<Database>,
  engine: Services["engine"],
  clock: () => Date = () => new Date(),
  options: ServiceOptions = {},
): Services {
  return {
    db,
    engine,
    clock,
    mailer: options.mailer ?? null,
    publicUrl: options.publicUrl ?? "http://localhost:3000",
    sessionTimeouts: options.sessionTimeouts ?? defaultSessionTimeouts,
  };
}
