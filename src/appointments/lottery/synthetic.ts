/**
 * Synthetic request windows for tests and the benchmark: deterministic from a number, with random
 * hex ids, a family-group mix of 1–6 people, waiting times and 1–3 preferred ports.
 */
import { portIds } from "../../policy/ports.ts";
import type { LotteryRequest, PortCapacity } from "./types.ts";

/** A small deterministic generator for synthetic data (mulberry32), not for draws. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Cumulative shares of group sizes 1–6: single adults and couples most, then families. */
export const groupMix = [0.4, 0.62, 0.78, 0.9, 0.96, 1];

const hexDigits = "0123456789abcdef";

export interface SyntheticRequest extends LotteryRequest {
  /** The hour of the window in which it was asked (0–23); not part of the published record. */
  hour: number;
}

/**
 * `count` requests in the order they were asked; the hours follow a surge at the opening.
 * Waiting days are exponential with a mean of `meanWaitingDays`.
 */
export function syntheticWindow(count: number, seed = 1, meanWaitingDays = 30): SyntheticRequest[] {
  const random = generator(seed);
  const codes = new Array<number>(32);
  const requests: SyntheticRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    // Built flat, as ids arrive from JSON or the database.
    for (let k = 0; k < 32; k += 1) codes[k] = hexDigits.charCodeAt(Math.floor(random() * 16));
    const id = String.fromCharCode(...codes);
    const u = random();
    const groupSize = groupMix.findIndex((edge) => u < edge) + 1;
    const waitingDays = Math.floor(-Math.log(1 - random()) * meanWaitingDays);
    const wanted = 1 + Math.floor(random() * 3);
    const preferredPorts: string[] = [];
    while (preferredPorts.length < wanted) {
      const port = portIds[Math.floor(random() * portIds.length)]!;
      if (!preferredPorts.includes(port)) preferredPorts.push(port);
    }
    const hour = Math.min(23, Math.floor(24 * (i / count) ** 1.5));
    requests.push({ id, groupSize, waitingDays, preferredPorts, hour });
  }
  return requests;
}

/** `total` places spread over the 8 ports as evenly as whole places allow. */
export function capacitiesFor(total: number): PortCapacity[] {
  return portIds.map((port, at) => ({
    port,
    places: Math.floor(total / portIds.length) + (at < total % portIds.length ? 1 : 0),
  }));
}
