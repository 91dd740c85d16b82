/**
 * The surge benchmark's baseline: a bare Fastify route doing one single-row INSERT through `pg`
 * (pool 10), with the same logger level as the Haven server it is compared with. Started as a
 * child process by bench/surge.ts: `node --import tsx bench/surge/bare.ts <port>`.
 */
import Fastify from "fastify";
import pg from "pg";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required");
const pool = new pg.Pool({ connectionString: url, max: 10 });
pool.on("error", () => {});
await pool.query(
  "create table if not exists bench_bare (id bigserial primary key, name text not null, born date not null, at timestamptz not null default now())",
);
const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? "warn" }, bodyLimit: 256 * 1024 });
app.post("/bare", async (request, reply) => {
  const body = request.body as { principal?: { familyName?: string; dateOfBirth?: string } };
  const { rows } = await pool.query<{ id: string }>(
    "insert into bench_bare (name, born) values ($1, $2) returning id",
    [body.principal?.familyName ?? "", body.principal?.dateOfBirth ?? "2000-01-01"],
  );
  return reply.status(201).send({ id: rows[0]?.id });
});
const address = await app.listen({ port: Number(process.argv[2] ?? 0), host: "127.0.0.1" });
process.stderr.write(`bare listening on ${address}\n`);
process.once("SIGTERM", async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
