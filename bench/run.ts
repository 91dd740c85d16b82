/**
 * `npm run bench`: every benchmark, each printed as a figure and as a ratio against a baseline
 * measured in the same run (runs on this kind of machine vary by about 25 %; ratios much less).
 */
import { replayBench } from "./replay.ts";

const benches = [replayBench];

for (const bench of benches) {
  const result = await bench();
  console.log(`\n${result.name}`);
  console.log(`  engine:   ${result.eventsPerSecond.toLocaleString("en-US")} events/s`);
  console.log(
    `  baseline: ${result.baselineEventsPerSecond.toLocaleString("en-US")} events/s (counting event types)`,
  );
  console.log(`  ratio:    ${result.ratio}`);
}
