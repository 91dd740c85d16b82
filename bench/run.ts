/**
 * `npm run bench`: every benchmark, each printed as a figure and as a ratio against a baseline
 * measured in the same run (runs on this kind of machine vary by about 25 %; ratios much less).
 */
import { docketBench, printDocket } from "./docket.ts";
import { drawBench } from "./draw.ts";
import { heldRegistrationsBench, printHeldRegistrations } from "./heldRegistrations.ts";
import { replayBench } from "./replay.ts";
import { printSurge, surgeBench } from "./surge.ts";
import { printWorkspace, workspaceBench } from "./workspace.ts";

const number = (value: number) => value.toLocaleString("en-US");

const benches: (() => Promise<string[]>)[] = [
  async () => {
    const result = await replayBench();
    return [
      result.name,
      `  engine:   ${number(result.eventsPerSecond)} events/s`,
      `  baseline: ${number(result.baselineEventsPerSecond)} events/s (counting event types)`,
      `  ratio:    ${result.ratio}`,
    ];
  },
  async () => {
    const result = await drawBench();
    return [
      result.name,
      `  draw:      ${result.seconds.toFixed(3)} s (target: under 2 s)`,
      `  baseline:  ${result.baselineSeconds.toFixed(3)} s (Fisher-Yates shuffle of 1,000,000 indices)`,
      `  ratio:     ${result.ratio}`,
      `  identical: ${result.identical} (the same allocation from the same seeds, twice)`,
    ];
  },
];

for (const bench of benches) console.log(`\n${(await bench()).join("\n")}`);
// The surge runs against PostgreSQL (DATABASE_URL, or the local server), in a database of its own.
printSurge(await surgeBench());
printWorkspace(await workspaceBench());
printDocket(await docketBench());
printHeldRegistrations(await heldRegistrationsBench());
