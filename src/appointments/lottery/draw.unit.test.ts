import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draw } from "./draw.ts";
import { SeedStream } from "./prng.ts";
import { capacitiesFor, syntheticWindow } from "./synthetic.ts";
import { type DrawInput, LotteryInputError, type LotteryRequest } from "./types.ts";

const hex = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(""));

const windowInput = fc
  .record({
    finalSeed: hex,
    count: fc.integer({ min: 0, max: 2000 }),
    places: fc.integer({ min: 0, max: 400 }),
    percent: fc.integer({ min: 0, max: 100 }),
    threshold: fc.integer({ min: 0, max: 120 }),
    seed: fc.nat(),
  })
  .map(
    ({ finalSeed, count, places, percent, threshold, seed }): DrawInput => ({
      finalSeed,
      capacities: capacitiesFor(places),
      parameters: { longestWaitingSharePercent: percent, waitingThresholdDays: threshold },
      requests: syntheticWindow(count, seed).map(({ hour: _, ...request }) => request),
    }),
  );

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed | 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = Math.imul(state ^ (state >>> 13), 0x5bd1e995) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("draw", () => {
  it("never exceeds a port's places, allocates a request at most once and keeps groups whole", () => {
    fc.assert(
      fc.property(windowInput, (input) => {
        const allocation = draw(input);
        const byId = new Map(input.requests.map((r) => [r.id, r]));
        const seen = new Set<string>();
        const taken = new Map<string, [number, number][]>();
        for (const entry of allocation) {
          expect(seen.has(entry.requestId)).toBe(false);
          seen.add(entry.requestId);
          const request = byId.get(entry.requestId)!;
          expect(request.preferredPorts).toContain(entry.port);
          const ranges = taken.get(entry.port) ?? [];
          ranges.push([entry.slot, entry.slot + request.groupSize]);
          taken.set(entry.port, ranges);
        }
        for (const { port, places } of input.capacities) {
          const ranges = (taken.get(port) ?? []).sort((a, b) => a[0] - b[0]);
          // The group's places are consecutive slots at one port; no two groups overlap.
          ranges.forEach(([from, to], at) => {
            expect(from).toBe(at === 0 ? 0 : ranges[at - 1]![1]);
            expect(to).toBeLessThanOrEqual(places);
          });
        }
      }),
      { numRuns: 80 },
    );
  });

  it("gives the longest-waiting phase at most its quota at each port", () => {
    fc.assert(
      fc.property(windowInput, (input) => {
        const sizes = new Map(input.requests.map((r) => [r.id, r]));
        for (const { port, places } of input.capacities) {
          const quota = Math.floor((places * input.parameters.longestWaitingSharePercent) / 100);
          const first = draw(input).filter((e) => e.phase === "longest-waiting" && e.port === port);
          const used = first.reduce((sum, e) => sum + sizes.get(e.requestId)!.groupSize, 0);
          expect(used).toBeLessThanOrEqual(quota);
          for (const e of first) {
            const waiting = sizes.get(e.requestId)!.waitingDays;
            expect(waiting).toBeGreaterThanOrEqual(input.parameters.waitingThresholdDays);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("does not depend on the order of the requests or of the ports", () => {
    fc.assert(
      fc.property(windowInput, fc.integer(), (input, seed) => {
        const reordered = {
          ...input,
          requests: shuffled(input.requests, seed),
          capacities: shuffled(input.capacities, seed + 1),
        };
        expect(draw(reordered)).toEqual(draw(input));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same allocation from the same seed, and another from another seed", () => {
    const requests = syntheticWindow(5000, 7);
    const base = {
      capacities: capacitiesFor(145),
      parameters: { longestWaitingSharePercent: 20, waitingThresholdDays: 60 },
      requests,
    };
    const one = draw({ ...base, finalSeed: "ab".repeat(32) });
    expect(draw({ ...base, finalSeed: "ab".repeat(32) })).toEqual(one);
    expect(draw({ ...base, finalSeed: "ac".repeat(32) })).not.toEqual(one);
  });

  it("skips a group that does not fit and goes on drawing", () => {
    const requests: LotteryRequest[] = [
      { id: "family", groupSize: 5, waitingDays: 0, preferredPorts: ["p"] },
      ...Array.from({ length: 6 }, (_, k) => ({
        id: `single-${k}`,
        groupSize: 1,
        waitingDays: 0,
        preferredPorts: ["p"],
      })),
    ];
    for (let s = 0; s < 20; s += 1) {
      const allocation = draw({
        finalSeed: s.toString(16).padStart(64, "0"),
        capacities: [{ port: "p", places: 4 }],
        parameters: { longestWaitingSharePercent: 0, waitingThresholdDays: 0 },
        requests,
      });
      expect(allocation.map((e) => e.requestId)).not.toContain("family");
      expect(allocation).toHaveLength(4);
    }
  });

  it("refuses malformed input with a reason", () => {
    const input = {
      finalSeed: "00".repeat(32),
      capacities: [{ port: "p", places: 1 }],
      parameters: { longestWaitingSharePercent: 20, waitingThresholdDays: 60 },
    };
    const one = { id: "x", groupSize: 1, waitingDays: 0, preferredPorts: ["p"] };
    expect(() => draw({ ...input, requests: [one, { ...one }] })).toThrow("appears twice");
    expect(() => draw({ ...input, requests: [{ ...one, id: "é" }] })).toThrow(LotteryInputError);
    expect(() => draw({ ...input, requests: [{ ...one, groupSize: 0 }] })).toThrow("groupSize");
    expect(() => draw({ ...input, finalSeed: "zz", requests: [] })).toThrow("finalSeed");
    const badShare = { longestWaitingSharePercent: 0.2, waitingThresholdDays: 60 };
    expect(() => draw({ ...input, parameters: badShare, requests: [] })).toThrow("integer");
  });
});

describe("SeedStream", () => {
  it("draws integers below the bound, uniformly enough", () => {
    const stream = new SeedStream("00".repeat(32), "test");
    const counts = new Array<number>(6).fill(0);
    for (let k = 0; k < 60_000; k += 1) counts[stream.below(6)]! += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    expect(() => stream.below(0)).toThrow(RangeError);
    expect(stream.below(1)).toBe(0);
  });
});
