import { existsSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import fastifyCompress from "@fastify/compress";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import { recordAudit } from "../audit/record.ts";
import { installAccess } from "../auth/access.ts";
import { loggerOptions } from "../log.ts";
import type { Services } from "../services.ts";
import { requireDeclarations } from "./declare.ts";
import { invalidRequest, type Problem, sendProblem, toProblem } from "./problem.ts";

const WEB_DIST = path.resolve(import.meta.dirname, "../../../web/dist");
const CARRIES_SECRETS = /^\/api\/(auth|admin)(\/|$)/;

export interface ServerOptions {
  logLevel: string;
  /** Where the application log goes (standard output when not given). */
  logStream?: DestinationStream;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy (client address, TLS). */
  trustProxy?: boolean;
  /** The modules' route plugins (the composition root hands them over). */
  routes: readonly FastifyPluginAsyncZod[];
  /** The built web app to serve (web/dist when not given). */
  webRoot?: string;
}

export async function buildServer(
  services: Services,
  options: ServerOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { ...loggerOptions(options.logLevel), stream: options.logStream },
    bodyLimit: 256 * 1024,
    trustProxy: options.trustProxy ?? false,
    // The router's own refusals, before any route: answered like every other bad request.
    frameworkErrors: (error, _request, reply) => sendProblem(reply, routerProblem(error)),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  const webRoot = options.webRoot ?? WEB_DIST;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("actor", "public");
  app.decorateRequest("auditSubject", undefined);
  requireDeclarations(app);
  await installAccess(app as unknown as FastifyInstance, services);

  app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));
  await app.register(fastifyHelmet, securityHeaders);
  // The API's answers over 1 kB go out compressed to a browser that accepts it (brotli or gzip);
  // the web app's files go as the build compressed them (below), never again per request. Answers
  // that carry a secret (the CSRF token, a TOTP enrolment, an invitation link) never are: beside
  // text an attacker can place in the same answer, their compressed size would give the secret
  // away (BREACH).
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || CARRIES_SECRETS.test(route.url)) route.compress = false;
  });
  await app.register(fastifyCompress, { globalDecompression: false });
  // HSTS only where the request came over TLS (directly, or through the trusted proxy).
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https") {
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    }
  });
  // PostgreSQL's text and jsonb cannot hold a NUL character: refuse one anywhere, before any
  // route's schema, rather than let it reach the database as an error.
  app.addHook("preValidation", async (request, reply) => {
    const field = nulCharacterAt({
      params: request.params,
      querystring: request.query,
      body: request.body,
    });
    if (field) {
      return sendProblem(
        reply,
        invalidRequest([{ field, message: "must not contain a NUL character (U+0000)" }]),
      );
    }
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === "GET" && !request.url.startsWith("/api/");
    if (wantsPage && existsSync(path.join(webRoot, "index.html"))) {
      return reply.type("text/html").sendFile("index.html");
    }
    return sendProblem(reply, {
      type: "about:blank",
      title: "Not found",
      status: 404,
      detail: `There is no ${request.method} ${request.url.split("?")[0]}.`,
    });
  });

  // A read of a person's data is audited before the answer leaves: no audit entry, no answer.
  app.addHook("preSerialization", async (request, reply, payload) => {
    const audit = request.routeOptions.config.audit;
    if (audit?.kind === "read" && reply.statusCode < 400) {
      await recordAudit(services.db, {
        actor: request.actor,
        action: audit.action,
        subjectType: request.auditSubject?.type ?? null,
        subjectId: request.auditSubject?.id ?? null,
        details: request.auditSubject?.details ?? {},
      });
    }
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Haven API",
        description: "Case processing for the U.S. asylum pathway at the southern border.",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  // The API's browsable docs carry their own policy: their page runs inline scripts by hash.
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  for (const routes of options.routes) await app.register(routes);

  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: "index.html",
      // The build writes a .br and a .gz beside every text file; the browser gets the one it accepts.
      preCompressed: true,
      setHeaders: (reply, file) => reply.header("cache-control", cacheControlFor(webRoot, file)),
    });
  }
  return app as unknown as FastifyInstance;
}

/**
 * How long a browser may keep a file of the web app: what the build names by its content hash
 * (everything under assets/) for a year, never asked again; the pages that name them (index.html)
 * checked on every load, so that a new release is seen at once.
 */
export function cacheControlFor(webRoot: string, file: string): string {
  const inAssets = path.relative(webRoot, file).split(path.sep)[0] === "assets";
  return inAssets ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Where the first NUL character is in a request's inputs, as a field path; null if none. */
/**
 * Every answer's security headers: the web app loads only its own scripts, styles, fonts and
 * images (and the data: icon), is never framed, sends no referrer (a case URL names a case), and
 * no content is sniffed into another type.
 */
const securityHeaders = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  hsts: false,
  referrerPolicy: { policy: "no-referrer" as const },
  crossOriginEmbedderPolicy: false,
};

/** A path the router cannot read: bad percent-encoding, or a parameter over 100 characters. */
export function routerProblem(error: { code?: string }): Problem {
  return invalidRequest([
    {
      field: "params",
      message:
        error.code === "FST_ERR_MAX_PARAM_LENGTH"
          ? "a path parameter is longer than 100 characters"
          : "the path is not valid percent-encoding",
    },
  ]);
}

/**
 * What node's HTTP parser refuses before Fastify sees a request (headers or URL over 16 KB,
 * a malformed request line): problem+json as well, written on the socket, which is then closed.
 */
export function answerClientError(error: { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const status =
    error.code === "HPE_HEADER_OVERFLOW"
      ? 431
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? 408
        : 400;
  const problem: Problem =
    status === 400
      ? invalidRequest([{ field: "request", message: "the request is not valid HTTP" }])
      : {
          type: "about:blank",
          title: STATUS_CODES[status] ?? "Bad request",
          status,
          detail:
            status === 431
              ? "The URL and headers together are over 16 KB."
              : "The request did not arrive in time.",
        };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function nulCharacterAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? path.join(".") || "body" : null;
  }
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key.replaceAll("\u0000", "\\0")].join(".");
    const found = nulCharacterAt(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}
