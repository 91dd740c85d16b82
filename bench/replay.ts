/**
 * Replay benchmark: folds 1,000,000 case events through the engine's projection and compares
 * with a trivial fold over the same events (counting types), measured in the same run.
 * Run alone: `node --import tsx bench/replay.ts`.
 */
import type { CaseEvent } from "../src/core/caseLog.ts";
import { fold } from "../src/core/caseLog.ts";
import { runSteps } from "../src/core/pathway/index.ts";
import { demoStories } from "../src/demo/stories/index.ts";
import { type CaseState, pathway, policyAt } from "../src/pathway.ts";

const caseProjection = pathway.projection;

const TOTAL_EVENTS = 1_000_000;

/** Case streams built from the demo stories' logs, each case with its own id and sequence. */
export function generateStreams(total = TOTAL_EVENTS): CaseEvent[][] {
  const templates = Object.values(demoStories).map((story) => {
    const result = runSteps<CaseState, ReturnType<typeof policyAt>>(pathway, story, policyAt);
    if (!result.ok) throw new Error(`demo story refused: ${result.refusal.message}`);
    return result.events;
  });
  const streams: CaseEvent[][] = [];
  let count = 0;
  for (let index = 0; count < total; index += 1) {
    const template = templates[index % templates.length] ?? [];
    const caseId = `bench-${index}`;
    const take = Math.min(template.length, total - count);
    streams.push(template.slice(0, take).map((event) => ({ ...event, caseId })));
    count += take;
  }
  return streams;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function replayBench(): Promise<{
  name: string;
  eventsPerSecond: number;
  baselineEventsPerSecond: number;
  ratio: number;
}> {
  const streams = generateStreams();
  const events = streams.reduce((sum, stream) => sum + stream.length, 0);
  let sink = 0;
  const replay = () => {
    for (const stream of streams) {
      sink += fold(caseProjection, stream).attempts.length;
    }
  };
  const baseline = () => {
    const counts = new Map<string, number>();
    for (const stream of streams)
      for (const event of stream) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    sink += counts.size;
  };
  // One warm-up pass each, then the measured pass.
  replay();
  baseline();
  const replayMs = time(replay);
  const baselineMs = time(baseline);
  if (sink < 0) throw new Error("unreachable");
  const eventsPerSecond = Math.round(events / (replayMs / 1000));
  const baselineEventsPerSecond = Math.round(events / (baselineMs / 1000));
  return {
    name: "case replay (1,000,000 events through caseProjection)",
    eventsPerSecond,
    baselineEventsPerSecond,
    ratio: Number((eventsPerSecond / baselineEventsPerSecond).toFixed(3)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await replayBench();
  console.log(JSON.stringify(result, null, 2));
}
