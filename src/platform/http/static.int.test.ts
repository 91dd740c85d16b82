import { mkdtemp, readFile, rm } from "node:fs/promises";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haven } from "../../pathway.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import { buildServer } from "./server.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent, still compressed if it was. */
  body: Buffer;
}

/** A GET over real HTTP that, unlike fetch, hands back the bytes as they came. */
function rawGet(url: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(answer.body);
  if (encoding === "gzip") return gunzipSync(answer.body);
  return answer.body;
}

const BIG = { items: Array.from({ length: 200 }, (_, index) => ({ index, text: "case file" })) };

/** Two answers over 1 kB, one of them where secrets are: under /api/auth/. */
const exampleRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = {
    access: { public: "a test of compression" },
    audit: { kind: "none" as const, why: "a test of compression" },
  };
  app.get("/api/example-large", { config }, async () => BIG);
  app.get("/api/auth/example-large", { config }, async () => BIG);
};

describe(`the web app's files and the API's answers over HTTP (${testEngine})`, () => {
  let server: TestServer;
  let app: FastifyInstance;
  let base: string;
  let webRoot: string;
  let indexHtml: string;

  beforeAll(async () => {
    // The real build, into a folder of this test's own, served by a server pointed at it.
    webRoot = await mkdtemp(path.join(tmpdir(), "haven-web-"));
    await build({
      configFile: path.resolve(import.meta.dirname, "../../../web/vite.config.ts"),
      logLevel: "silent",
      build: { outDir: webRoot, emptyOutDir: true },
    });
    indexHtml = await readFile(path.join(webRoot, "index.html"), "utf8");
    server = await startTestServer();
    app = await buildServer(server.services, {
      logLevel: "silent",
      routes: [...haven.routes(server.services), exampleRoutes],
      webRoot,
    });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  /** The hashed files index.html names: its script, its stylesheet, the fonts it preloads. */
  function assets(pattern: RegExp): string[] {
    return [...indexHtml.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)]
      .map((match) => match[1] ?? "")
      .filter((url) => pattern.test(url));
  }

  it("sends index.html compressed and to be checked on every load, for every page's address", async () => {
    const file = await readFile(path.join(webRoot, "index.html"));
    for (const url of ["/", "/sign-in", "/cases/0f6c5d8e-3a1b-4c2d-9e8f-7a6b5c4d3e2f"]) {
      for (const encoding of ["br", "gzip"]) {
        const answer = await rawGet(`${base}${url}`, `${encoding}, deflate`);
        expect(answer.status, url).toBe(200);
        expect(answer.headers["content-type"], url).toMatch(/^text\/html/);
        expect(answer.headers["content-encoding"], url).toBe(encoding);
        expect(answer.headers["cache-control"], url).toBe("no-cache");
        expect(answer.headers.vary, url).toMatch(/accept-encoding/i);
        expect(decoded(answer).equals(file), url).toBe(true);
      }
    }
  });

  it("sends the hashed scripts and stylesheets compressed as built, to be kept for a year", async () => {
    const files = assets(/\.(js|css)$/);
    const compressed: string[] = [];
    for (const url of files) {
      const file = await readFile(path.join(webRoot, url));
      const built = await readFile(path.join(webRoot, `${url}.br`)).catch(() => null);
      const br = await rawGet(`${base}${url}`, "gzip, deflate, br");
      expect(br.status, url).toBe(200);
      expect(br.headers["cache-control"], url).toBe(IMMUTABLE);
      expect(decoded(br).equals(file), url).toBe(true);
      // The build leaves out a compressed copy that would be no smaller (a file of a few bytes).
      if (!built) {
        expect(br.headers["content-encoding"], url).toBeUndefined();
        continue;
      }
      compressed.push(url);
      expect(br.headers["content-encoding"], url).toBe("br");
      expect(br.body.equals(built), url).toBe(true);

      const gzip = await rawGet(`${base}${url}`, "gzip");
      expect(gzip.headers["content-encoding"], url).toBe("gzip");
      expect(decoded(gzip).equals(file), url).toBe(true);

      // A client that accepts no compression gets the file as it is.
      const plain = await rawGet(`${base}${url}`);
      expect(plain.headers["content-encoding"], url).toBeUndefined();
      expect(plain.headers["cache-control"], url).toBe(IMMUTABLE);
      expect(plain.body.equals(file), url).toBe(true);
    }
    expect(compressed.some((url) => url.endsWith(".js"))).toBe(true);
    expect(compressed.some((url) => url.endsWith(".css"))).toBe(true);
  });

  it("sends the preloaded fonts as they are (woff2 is compressed already), to be kept for a year", async () => {
    const fonts = assets(/\.woff2$/);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) {
      const answer = await rawGet(`${base}${url}`, "br, gzip");
      expect(answer.status, url).toBe(200);
      expect(answer.headers["content-type"], url).toBe("font/woff2");
      expect(answer.headers["content-encoding"], url).toBeUndefined();
      expect(answer.headers["cache-control"], url).toBe(IMMUTABLE);
    }
  });

  it("compresses the API's larger answers, but never those under /api/auth/, where secrets are", async () => {
    const large = await rawGet(`${base}/api/example-large`, "br, gzip");
    expect(large.headers["content-encoding"]).toBe("br");
    expect(large.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(decoded(large).toString("utf8"))).toEqual(BIG);

    const secret = await rawGet(`${base}/api/auth/example-large`, "br, gzip");
    expect(secret.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(secret.body.toString("utf8"))).toEqual(BIG);

    const session = await rawGet(`${base}/api/auth/session`, "br, gzip");
    expect(session.status).toBe(200);
    expect(session.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(session.body.toString("utf8"))).toHaveProperty("csrfToken");
  });

  it("answers an unknown API address with problem+json, not with the web app", async () => {
    const answer = await rawGet(`${base}/api/no-such-thing`, "br, gzip");
    expect(answer.status).toBe(404);
    expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(decoded(answer).toString("utf8"))).toMatchObject({
      status: 404,
      title: "Not found",
    });
  });
});
