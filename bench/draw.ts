/**
 * Lottery benchmark: the daily draw of 1,450 places over 8 ports among 1,000,000 requests with
 * family groups, timed, run twice from the same seeds (the allocations must be identical), and
 * compared with a plain Fisher–Yates shuffle of 1,000,000 indices measured in the same run.
 * Run alone: `node --import tsx bench/draw.ts`.
 */
import { pathToFileURL } from "node:url";
import { combineSeeds } from "../src/appointments/lottery/commitments.ts";
import { draw } from "../src/appointments/lottery/draw.ts";
import { canonicalRequests, requestsDigest } from "../src/appointments/lottery/publish.ts";
import { capacitiesFor, syntheticWindow } from "../src/appointments/lottery/synthetic.ts";
import { drawTerms, termsHash } from "../src/appointments/lottery/terms.ts";

const REQUESTS = 1_000_000;
const PLACES = 1_450;

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export async function drawBench(): Promise<{
  name: string;
  seconds: number;
  baselineSeconds: number;
  ratio: number;
  identical: boolean;
}> {
  const requests = syntheticWindow(REQUESTS);
  const capacities = capacitiesFor(PLACES);
  const parameters = { longestWaitingSharePercent: 20, waitingThresholdDays: 60 };
  // The round's terms, as fixed at the close (not timed: the draw is).
  const terms = drawTerms({
    day: "2026-01-10",
    round: 1,
    operator: "operator",
    commitments: [],
    capacities,
    parameters,
    requestsDigest: requestsDigest(canonicalRequests(requests)),
    requestCount: requests.length,
    frozenAt: "2026-01-11T05:00:00.000Z",
    revealsUntil: "2026-01-11T05:30:00.000Z",
  });
  const finalSeed = combineSeeds(termsHash(terms), [
    { party: "operator", seed: "11".repeat(32) },
    { party: "observer-1", seed: "22".repeat(32) },
  ]);
  const input = { finalSeed, capacities, parameters, requests };
  const first = time(() => draw(input));
  const second = time(() => draw(input));
  const baseline = time(() => {
    const indices = new Uint32Array(REQUESTS);
    for (let i = 0; i < REQUESTS; i += 1) indices[i] = i;
    for (let i = REQUESTS - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      const swap = indices[i]!;
      indices[i] = indices[j]!;
      indices[j] = swap;
    }
    return indices[0];
  });
  const identical = JSON.stringify(first.value) === JSON.stringify(second.value);
  const seconds = Math.max(first.ms, second.ms) / 1000;
  const baselineSeconds = baseline.ms / 1000;
  return {
    name: `lottery draw: ${PLACES.toLocaleString("en-US")} places, ${REQUESTS.toLocaleString("en-US")} requests, 8 ports`,
    seconds: Number(seconds.toFixed(3)),
    baselineSeconds: Number(baselineSeconds.toFixed(3)),
    ratio: Number((seconds / baselineSeconds).toFixed(2)),
    identical,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await drawBench();
  console.log(JSON.stringify(result, null, 2));
}
