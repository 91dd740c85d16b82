import type { FastifyInstance, RouteOptions } from "fastify";

/**
 * What every route must declare before the server will register it (conventions.md, "Every route
 * declares"): the audit event it produces. A read of a person's data is audited as well as a
 * write; a route that touches no personal data says so, with the reason.
 */
export type AuditDeclaration =
  | { kind: "read"; action: string }
  | { kind: "write"; action: string }
  | { kind: "none"; why: string };

declare module "fastify" {
  interface FastifyContextConfig {
    audit?: AuditDeclaration;
  }
  interface FastifyInstance {
    /** Every declared route, as registered: the table access and fuzz tests check against. */
    routeTable: DeclaredRoute[];
  }
  interface FastifyRequest {
    /** Who is asking; the access layer sets it, "public" until it does. */
    actor: string;
    /** The record a read route served, for its audit entry. */
    auditSubject?: { type: string; id: string | null; details?: Record<string, unknown> };
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  audit: AuditDeclaration;
  hasBody: boolean;
}

/** Routes that plugins register for Haven's own documentation and the built web app. */
const UNDECLARED_ALLOWED = [/^\/api\/docs(\/|$)/, /^\/(?!api\/)/];

export function requireDeclarations(app: FastifyInstance): void {
  const table: DeclaredRoute[] = [];
  app.decorate("routeTable", table);
  app.addHook("onRoute", (route: RouteOptions) => {
    if (UNDECLARED_ALLOWED.some((pattern) => pattern.test(route.url))) return;
    const audit = route.config?.audit;
    if (!audit) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} does not declare its audit event; refusing to start.`,
      );
    }
    if (audit.kind === "none" && audit.why.trim() === "") {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no audit without a reason.`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      table.push({ method, url: route.url, audit, hasBody: Boolean(route.schema?.body) });
    }
  });
}
