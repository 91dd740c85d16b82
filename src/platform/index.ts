import { platformSequences, platformTables } from "./database/backup.ts";
import { platformMigrations } from "./database/migrate.ts";
import { systemRoutes } from "./http/systemRoutes.ts";
import type { HavenModule } from "./module.ts";

/** The platform's own part of the house: its tables and migrations, the system routes. */
export const platform = {
  name: "platform",
  routes: systemRoutes,
  migrations: platformMigrations,
  tables: platformTables,
  sequences: platformSequences,
} satisfies HavenModule;
