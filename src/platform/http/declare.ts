import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import type { Permission } from "../auth/roles.ts";
import type { Session, SessionAccount } from "../auth/sessions.ts";
import type { Write } from "../work.ts";

/**
 * Who may call a route. Either it is public (with the reason), or it needs a signed-in account
 * whose role has the permission (auth/roles.ts). `relationship: "case"` adds the case rule: the
 * `:id` parameter is a case the caller must be related to, or the answer is 404 as for a case
 * that does not exist. `commands: true` also checks the command's type against the roles that
 * may run it (auth/commandRoles.ts). `duringSecondFactor` lets a staff member whose second factor
 * is not yet given reach the route (the routes that give it).
 */
export type AccessDeclaration =
  | { public: string }
  | {
      permission: Permission;
      relationship?: "case";
      commands?: true;
      duringSecondFactor?: true;
    };

/**
 * What every route must declare before the server will register it (conventions.md, "Every route
 * declares"): who may call it (access) and the audit event it produces. A read of a person's data is audited as well as a
 * write; a route that touches no personal data says so, with the reason.
 */
export type AuditDeclaration =
  | { kind: "read"; action: string }
  | { kind: "write"; action: string }
  | { kind: "none"; why: string };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: AccessDeclaration;
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
    /** The caller's server-side session (anonymous or signed in), when there is one. */
    session: Session | null;
    /** The signed-in account, when there is one. */
    account: SessionAccount | null;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: AccessDeclaration;
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
    const access = route.config?.access;
    if (!access) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} does not declare who may call it (access); refusing to start.`,
      );
    }
    if ("public" in access && access.public.trim() === "") {
      throw new Error(`Route ${String(route.method)} ${route.url} is public without a reason.`);
    }
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
      table.push({ method, url: route.url, access, audit, hasBody: Boolean(route.schema?.body) });
    }
  });
}

/**
 * The write a route declared, for its use case: who asks and the audit action. A route that
 * declared no write audit has nothing to hand on (a programming error, refused at once).
 */
export function writeOf(request: FastifyRequest): Write {
  const audit = request.routeOptions.config.audit;
  if (audit?.kind !== "write") {
    throw new Error(`${request.routeOptions.url} does not declare a write audit event`);
  }
  return { actor: request.actor, action: audit.action };
}
