import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { caseEngine } from "../../people/caseEngine.ts";
import { buildServer } from "../http/server.ts";
import { buildServices, type Services } from "../services.ts";
import { createTestDatabase, type TestDatabase } from "./testDatabase.ts";

export interface TestServer {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  baseUrl: string;
  /** Every line the application logged, for tests that check what the log may not hold. */
  logLines: string[];
  close: () => Promise<void>;
}

/** A real Haven server on a free port, over a fresh database of its own. */
export async function startTestServer(clock?: () => Date): Promise<TestServer> {
  const database = await createTestDatabase();
  const services = buildServices(database.handle.db, caseEngine, clock);
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const app = await buildServer(services, { logLevel: "info", logStream });
  const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    services,
    database,
    baseUrl,
    logLines,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** JSON over real HTTP; the answer's status and parsed body. */
export async function call(
  baseUrl: string,
  method: string,
  url: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes.
): Promise<{ status: number; body: any; contentType: string | null }> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return {
    status: response.status,
    body: parsed,
    contentType: response.headers.get("content-type"),
  };
}
