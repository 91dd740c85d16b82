import fc from "fast-check";
import { CSRF_HEADER, SESSION_COOKIE } from "../../platform/auth/access.ts";
import type { Agent } from "../../platform/testing/agent.ts";
import { hostileBodies, hostileSegments, hostileValue, mutate } from "./hostile.ts";
import { type JsonSchema, type KnownValues, valuesOf } from "./schemaArbitrary.ts";

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

export interface Route {
  method: string;
  path: string;
  operation: Operation;
}

export interface FuzzFailure {
  route: string;
  sent: string;
  status: number | "no answer";
  why: string;
}

export interface FuzzFigures {
  requests: number;
  routes: number;
  byStatus: Record<string, number>;
  failures: FuzzFailure[];
}

/** Who sends: a browser without a session, or one signed in in a role. */
export interface Sender {
  role: string;
  agent: Agent;
}

export function routesOf(document: OpenApi): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
}

/** Routes that end or replace the sender's session are sent by a browser of their own. */
const replacesSession = (route: Route) =>
  route.path.startsWith("/api/auth/") && route.path !== "/api/auth/session";

type Mode = "valid" | "mutated" | "hostile-body" | "hostile-path" | "hostile-query";

interface Drawn {
  mode: Mode;
  sender: number;
  pick: number;
  how: "replace" | "drop" | "add" | "whole";
  hostile: unknown;
  bodyValue: unknown;
  params: Record<string, unknown>;
  hostileBody: number;
  hostileSegment: number;
}

function drawFor(route: Route, known: KnownValues, senders: number): fc.Arbitrary<Drawn> {
  const parameters = route.operation.parameters ?? [];
  const paramArbitraries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of parameters) {
    paramArbitraries[parameter.name] = valuesOf(parameter.schema, known, 0, parameter.name);
  }
  const body = route.operation.requestBody?.content["application/json"]?.schema;
  return fc.record({
    mode: fc.constantFrom<Mode>(
      "valid",
      "valid",
      "mutated",
      "mutated",
      "mutated",
      "hostile-body",
      "hostile-path",
      "hostile-query",
    ),
    sender: fc.nat({ max: senders - 1 }),
    pick: fc.nat(),
    how: fc.constantFrom("replace", "replace", "drop", "add", "whole"),
    hostile: hostileValue,
    bodyValue: body ? valuesOf(body, known) : fc.constant(undefined),
    params: fc.record(paramArbitraries, { requiredKeys: [] }),
    hostileBody: fc.nat({ max: hostileBodies.length - 1 }),
    hostileSegment: fc.nat({ max: hostileSegments.length - 1 }),
  });
}

/** The text with any lone surrogate replaced (U+FFFD), as a browser would send it. */
const wellFormed = (value: string) => Buffer.from(value, "utf8").toString("utf8");

const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

interface Built {
  url: string;
  contentType: string | null;
  body: string | undefined;
}

function build(route: Route, drawn: Drawn): Built {
  const parameters = route.operation.parameters ?? [];
  let url = route.path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const value =
      drawn.mode === "mutated" && drawn.pick % parameters.length === parameters.indexOf(parameter)
        ? drawn.hostile
        : drawn.params[parameter.name];
    if (parameter.in === "path") {
      const segment =
        drawn.mode === "hostile-path"
          ? (hostileSegments[drawn.hostileSegment] as string)
          : encodeURIComponent(wellFormed(text(value ?? "x")));
      url = url.replace(`{${parameter.name}}`, segment);
    } else if (parameter.in === "query" && value !== undefined) {
      query.append(parameter.name, text(value));
      if (drawn.mode === "hostile-query") query.append(parameter.name, text(drawn.hostile));
    }
  }
  if (drawn.mode === "hostile-query") query.append("__proto__", text(drawn.hostile));
  const search = query.toString();
  if (search) url += `?${search}`;
  const hasBody = route.operation.requestBody !== undefined;
  if (drawn.mode === "hostile-body" && route.method !== "GET") {
    const chosen = hostileBodies[drawn.hostileBody] ?? hostileBodies[0];
    return { url, contentType: chosen?.contentType ?? null, body: chosen?.body };
  }
  if (!hasBody) return { url, contentType: null, body: undefined };
  const value =
    drawn.mode === "mutated"
      ? mutate(drawn.bodyValue, drawn.pick, drawn.hostile, drawn.how)
      : drawn.bodyValue;
  return { url, contentType: "application/json", body: JSON.stringify(value ?? null) };
}

/** What a 4xx must be: problem+json with its status, and a 400 names each bad field. */
function problemWrong(status: number, contentType: string | null, body: string): string | null {
  if (!contentType?.startsWith("application/problem+json")) {
    return `a ${status} in ${contentType ?? "no content type"}`;
  }
  let problem: { status?: unknown; title?: unknown; errors?: { field?: unknown }[] };
  try {
    problem = JSON.parse(body);
  } catch {
    return `a ${status} whose body is not JSON`;
  }
  if (problem.status !== status || typeof problem.title !== "string") {
    return `a ${status} whose problem has no matching status or title`;
  }
  if (status === 400) {
    const fields = problem.errors ?? [];
    if (fields.length === 0 || fields.some((e) => typeof e.field !== "string" || !e.field)) {
      return "a 400 that names no field";
    }
  }
  return null;
}

/**
 * Sends `requests` requests spread evenly over every route, each built from the route's own
 * schema by fast-check: valid values, valid values with one field made hostile, hostile bodies,
 * path segments and query strings. Passes when no answer is a 5xx (or missing) and every 4xx is
 * problem+json with its status, a 400 naming its fields.
 */
export async function fuzzRoutes(options: {
  baseUrl: string;
  document: OpenApi;
  senders: Sender[];
  /** A fresh browser without a session, for the routes that end or replace a session. */
  anonymous: () => Promise<Agent>;
  known: KnownValues;
  requests: number;
  seed: number;
  /** Routes left out (e.g. the signing key's, which has no input). */
  skip?: (route: Route) => boolean;
}): Promise<FuzzFigures> {
  const routes = routesOf(options.document).filter((route) => !options.skip?.(route));
  const figures: FuzzFigures = { requests: 0, routes: routes.length, byStatus: {}, failures: [] };
  const perRoute = Math.ceil(options.requests / routes.length);
  const samples = routes.map((route) =>
    fc.sample(drawFor(route, options.known, options.senders.length), {
      numRuns: perRoute,
      seed: options.seed,
    }),
  );
  // Senders a route refused (401, 403): most requests go to the others, so that they get past
  // the access check and reach the route's own work; every fifth still comes from anyone.
  const refused = routes.map(() => new Set<number>());
  for (let round = 0; round < perRoute; round++) {
    for (const [index, route] of routes.entries()) {
      const drawn = samples[index]?.[round];
      if (!drawn) continue;
      const built = build(route, drawn);
      const allowed = options.senders.map((_, n) => n).filter((n) => !refused[index]?.has(n));
      const sender =
        round % 5 === 0 || allowed.length === 0
          ? drawn.sender
          : (allowed[drawn.sender % allowed.length] as number);
      const agent = replacesSession(route)
        ? await options.anonymous()
        : (options.senders[sender]?.agent as Agent);
      const headers: Record<string, string> = {};
      if (built.contentType) headers["content-type"] = built.contentType;
      if (agent.cookie) headers.cookie = `${SESSION_COOKIE}=${agent.cookie}`;
      if (route.method !== "GET" && agent.csrfToken) headers[CSRF_HEADER] = agent.csrfToken;
      const sent = `${route.method} ${built.url.slice(0, 200)} ${drawn.mode}`;
      figures.requests++;
      let status: number | "no answer" = "no answer";
      let why: string | null = null;
      try {
        const response = await fetch(`${options.baseUrl}${built.url}`, {
          method: route.method,
          headers,
          body: built.body,
          signal: AbortSignal.timeout(60_000),
        });
        status = response.status;
        if ((status === 401 || status === 403) && !replacesSession(route))
          refused[index]?.add(sender);
        const body = await response.text();
        if (status >= 500) why = `a ${status}: ${body.slice(0, 300)}`;
        else if (status >= 400) {
          const wrong = problemWrong(status, response.headers.get("content-type"), body);
          if (wrong) why = `${wrong}: ${body.slice(0, 200)}`;
        }
      } catch (error) {
        why = `no answer: ${(error as Error).message}`;
      }
      figures.byStatus[String(status)] = (figures.byStatus[String(status)] ?? 0) + 1;
      if (why) figures.failures.push({ route: `${route.method} ${route.path}`, sent, status, why });
    }
  }
  return figures;
}
