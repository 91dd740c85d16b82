import type { Migration } from "kysely";
import type { DecideContext } from "../core/decision.ts";
import type { KernelState, Pathway } from "../core/pathway/index.ts";
import type { Config } from "./config.ts";
import type { BackupPlan } from "./database/backup.ts";
import { migrationHistory } from "./database/migrate.ts";
import type { HavenModule, Worker } from "./module.ts";
import type { House, Services } from "./services.ts";

/** The house as the platform runs it: what every module contributes, gathered once. */
export interface ComposedHouse {
  modules: readonly HavenModule[];
  house: House;
  migrations: Readonly<Record<string, Migration>>;
  backup: BackupPlan;
  /** Every module's route plugin, for the server. */
  routes: (services: Services) => ReturnType<NonNullable<HavenModule["routes"]>>[];
  /** Starts every module's background work in this process. */
  start: (services: Services, config: Config, onError: (error: unknown) => void) => Worker[];
}

export function composeHouse<Context extends DecideContext, State extends KernelState>(
  modules: readonly HavenModule[],
  pathway: Pathway<Context, State>,
  decisionContext: (...args: Parameters<House["decisionContext"]>) => Promise<Context>,
): ComposedHouse {
  const names = new Set<string>();
  for (const module of modules) {
    if (names.has(module.name)) throw new Error(`module ${module.name} is listed twice`);
    names.add(module.name);
  }
  const migrations = migrationHistory(modules.map((module) => module.migrations));
  return {
    modules,
    house: {
      // The engine is given exactly the contexts `decisionContext` makes.
      pathway: pathway as unknown as Pathway,
      projections: modules.flatMap((module) => module.projections ?? []),
      decisionContext: async (db, at, actor, command) => {
        const context = await decisionContext(db, at, actor);
        if (!command) return context;
        const references: Record<string, unknown> = {};
        for (const module of modules) {
          if (module.references) Object.assign(references, await module.references(db, command));
        }
        return { ...context, references };
      },
      outboxHandlers: (services) => {
        const added = modules.map((module) => module.outbox?.(services) ?? {});
        return {
          senders: Object.assign({}, ...added.map((handlers) => handlers.senders ?? {})),
          delivered: Object.assign({}, ...added.map((handlers) => handlers.delivered ?? {})),
        };
      },
    },
    migrations,
    backup: {
      tables: modules.flatMap((module) => module.tables ?? []),
      sequences: modules.flatMap((module) => module.sequences ?? []),
      migrations: Object.keys(migrations),
    },
    routes: (services) =>
      modules.flatMap((module) => (module.routes ? [module.routes(services)] : [])),
    start: (services, config, onError) =>
      modules.flatMap((module) => {
        const worker = module.start?.(services, config, onError);
        return worker ? [worker] : [];
      }),
  };
}
