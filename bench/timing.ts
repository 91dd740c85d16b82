/**
 * What the database benchmarks share: p99 of timed samples, statements run as the admin, and a
 * PostgreSQL database of their own, migrated, dropped after.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Kysely } from "kysely";
import pg from "pg";
import { haven } from "../src/pathway.ts";
import { openDatabase } from "../src/platform/database/open.ts";
import type { Database } from "../src/platform/database/schema.ts";

/** The server the benchmarks make their databases on: DATABASE_URL, or this machine's. */
export const benchServerUrl = () =>
  process.env.DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";

const SAMPLES = 400;

export function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

/** 20 runs to warm up, then 400 timed, in milliseconds. */
export async function timed(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** One statement on its own connection (create or drop the benchmark's database). */
export async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Runs `work` on a fresh, migrated database named `<prefix>_<random>`, dropped afterwards. */
export async function withBenchDatabase<T>(
  prefix: string,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const serverUrl = benchServerUrl();
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() }, haven.migrations);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
    await admin(serverUrl, `drop database if exists ${name} with (force)`);
  }
}
