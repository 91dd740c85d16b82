import type { HavenModule } from "../platform/module.ts";
import { noticeOutbox } from "./delivery.ts";
import { noticesDomain } from "./domain.ts";
import * as noticesMigration from "./migrations/0017_notices.ts";
import { noticesProjection } from "./projection.ts";
import { noticesRoutes } from "./routes.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";

/** Notices of the proceedings: made from their events, as PDFs, delivered on every channel. */
export const notices = {
  name: "notices",
  domain: noticesDomain,
  routes: noticesRoutes,
  migrations: { "0017_notices": noticesMigration },
  tables: [
    { name: "notices", orderBy: "id" },
    { name: "notice_deliveries", orderBy: "id" },
  ],
  projections: [noticesProjection],
  outbox: noticeOutbox,
} satisfies HavenModule;
