/** What the database benchmarks share: p99 of timed samples, and statements run as the admin. */
import { performance } from "node:perf_hooks";
import pg from "pg";

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
