import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely, Migration, Transaction } from "kysely";
import type { AreaDomain } from "../core/pathway/index.ts";
import type { CaseProjection } from "./caseLog/projection.ts";
import type { Config } from "./config.ts";
import type { Database } from "./database/schema.ts";
import type { OutboxHandlers } from "./outbox/worker.ts";
import type { Services } from "./services.ts";

/** A table the backup keeps, in the order it restores (parents before children). */
export interface BackupTable {
  name: string;
  orderBy: string;
}

/** Background work a module runs in every server process, stopped on shutdown. */
export interface Worker {
  stop: () => Promise<void>;
}

/**
 * What one module of the house contributes (docs/ARCHITECTURE.md): an area of the pathway, the
 * case machinery, or the platform itself. The composition root lists the modules; the server,
 * the migrator, the backup and the docs generator are handed what they contribute, and import
 * none of them.
 */
export interface HavenModule {
  name: string;
  /** Its part of the process engine: facts, regions, events, commands, rules (pure). */
  domain?: AreaDomain;
  /** Its HTTP routes, each declaring its schema, permission and audit event. */
  routes?: (services: Services) => FastifyPluginAsyncZod;
  /** Its migrations, named `NNNN_what` so that all modules' together sort into one history. */
  migrations?: Readonly<Record<string, Migration>>;
  /** Its tables, for the backup. */
  tables?: readonly BackupTable[];
  /** Its sequences, for the backup. */
  sequences?: readonly string[];
  /** Read models kept from case events in the command's transaction (docs/ARCHITECTURE.md). */
  projections?: readonly CaseProjection[];
  /** What it adds to the outbox: senders for its channels, steps after a message is delivered. */
  outbox?: (services: Services) => Partial<OutboxHandlers>;
  /**
   * The records of its own a command names, looked up in the command's transaction for the
   * decider (`context.references`), e.g. the court's hearing slot for ScheduleHearing.
   */
  references?: (
    db: Kysely<Database> | Transaction<Database>,
    command: { type: string },
  ) => Promise<Record<string, unknown>>;
  /** Work it runs in the background of every server process (e.g. the lottery's clock). */
  start?: (services: Services, config: Config, onError: (error: unknown) => void) => Worker | null;
}
