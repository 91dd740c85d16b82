/**
 * Statistical tests of the rule: winning does not depend on the hour of asking, and the
 * longest-waiting share is what the rule says. Deterministic: the seeds are fixed.
 */
import { describe, expect, it } from "vitest";
import { lotteryParameters } from "../rules.ts";
import { chiSquareIndependence, chiSquareSurvival } from "./chiSquare.ts";
import { draw } from "./draw.ts";
import { capacitiesFor, generator, type SyntheticRequest, syntheticWindow } from "./synthetic.ts";
import type { AllocationEntry, LotteryRequest } from "./types.ts";

const DRAWS = 300;
const REQUESTS = 20_000;
const PLACES = 1_450;
const ALPHA = 0.001;
const HOURS = 24;
const capacities = capacitiesFor(PLACES);
const parameters = { ...lotteryParameters };
/** Mean waiting 45 days: about e^-2 ≈ 13.5 % of requests wait 90 days or more. */
const pool = syntheticWindow(REQUESTS, 2024, 45);

/** The hour of the k-th request to arrive: a surge when the window opens, then a long tail. */
const hourAt = (k: number) => Math.min(HOURS - 1, Math.floor(HOURS * (k / REQUESTS) ** 1.5));

/** A fresh order of asking for each draw (the draw receives the requests in this order). */
function arrivals(seed: number): SyntheticRequest[] {
  const random = generator(seed);
  const order = [...pool];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function seedOf(d: number): string {
  return d.toString(16).padStart(64, "0");
}

/** Table rows: hour; columns: won, did not win, over every (request, draw). */
function hourTable(
  allocate: (requests: LotteryRequest[], d: number) => Set<string>,
  draws = DRAWS,
) {
  const table = Array.from({ length: HOURS }, () => [0, 0]);
  for (let d = 0; d < draws; d += 1) {
    const requests = arrivals(d + 1);
    const won = allocate(requests, d);
    requests.forEach((request, k) => {
      table[hourAt(k)]![won.has(request.id) ? 0 : 1]! += 1;
    });
  }
  return table;
}

const winners = (allocation: AllocationEntry[]) => new Set(allocation.map((e) => e.requestId));

describe("the chi-square helper", () => {
  it("gives known tail probabilities", () => {
    expect(chiSquareSurvival(49.728, 23)).toBeCloseTo(0.001, 4);
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(22.337, 23)).toBeCloseTo(0.5, 3);
  });
});

describe("fairness of the draw", { timeout: 120_000 }, () => {
  it(`winning is independent of the hour of asking (24 × 2 chi-square, α = ${ALPHA})`, () => {
    const table = hourTable((requests, d) =>
      winners(draw({ finalSeed: seedOf(d), capacities, parameters, requests })),
    );
    const result = chiSquareIndependence(table);
    const won = table.reduce((sum, row) => sum + row[0]!, 0);
    console.log(
      `lottery independence: ${DRAWS} draws × ${REQUESTS} requests, ${won} wins; chi-square ${result.statistic.toFixed(2)}, df ${result.df}, p = ${result.p.toFixed(4)}`,
    );
    expect(result.df).toBe(23);
    expect(result.p).toBeGreaterThan(ALPHA);
  });

  it("the same test, on 30 draws, catches first come first served and a draw from the early hours", () => {
    const firstCome = chiSquareIndependence(
      hourTable((requests) => {
        const left = new Map(capacities.map((c) => [c.port, c.places]));
        const won = new Set<string>();
        for (const r of requests) {
          const port = r.preferredPorts.find((p) => (left.get(p) ?? 0) >= r.groupSize);
          if (port === undefined) continue;
          left.set(port, left.get(port)! - r.groupSize);
          won.add(r.id);
        }
        return won;
      }, 30),
    );
    // The 2012 Diversity Visa error: the draw only ever reached the start of the window.
    const earlyOnly = chiSquareIndependence(
      hourTable((requests, d) => {
        const early = requests.slice(0, requests.length / 4);
        return winners(draw({ finalSeed: seedOf(d), capacities, parameters, requests: early }));
      }, 30),
    );
    console.log(
      `first come first served: chi-square ${firstCome.statistic.toFixed(0)}, p = ${firstCome.p.toExponential(1)}; early-only draw: chi-square ${earlyOnly.statistic.toFixed(0)}, p = ${earlyOnly.p.toExponential(1)}`,
    );
    expect(firstCome.p).toBeLessThan(ALPHA);
    expect(earlyOnly.p).toBeLessThan(ALPHA);
  });

  it("gives the longest-waiting their quota, then an equal chance at the rest", () => {
    const quota = capacities.reduce(
      (sum, c) => sum + Math.floor((c.places * parameters.longestWaitingSharePercent) / 100),
      0,
    );
    const size = new Map(pool.map((r) => [r.id, r]));
    const long = (id: string) => size.get(id)!.waitingDays >= parameters.waitingThresholdDays;
    const differences: number[] = [];
    let observedShare = 0;
    for (let d = 0; d < DRAWS; d += 1) {
      const allocation = draw({ finalSeed: seedOf(d), capacities, parameters, requests: pool });
      const places = (entries: AllocationEntry[]) =>
        entries.reduce((sum, e) => sum + size.get(e.requestId)!.groupSize, 0);
      const first = allocation.filter((e) => e.phase === "longest-waiting");
      const general = allocation.filter((e) => e.phase === "general");
      // Every port's quota is filled exactly: there are enough longest-waiting singles.
      expect(places(first)).toBe(quota);
      const firstIds = winners(first);
      let longPeople = 0;
      let allPeople = 0;
      for (const r of pool) {
        if (firstIds.has(r.id)) continue;
        allPeople += r.groupSize;
        if (long(r.id)) longPeople += r.groupSize;
      }
      const longInGeneral = places(general.filter((e) => long(e.requestId)));
      differences.push(longInGeneral - places(general) * (longPeople / allPeople));
      observedShare += (quota + longInGeneral) / places(allocation) / DRAWS;
    }
    const mean = differences.reduce((s, x) => s + x, 0) / DRAWS;
    const sd = Math.sqrt(differences.reduce((s, x) => s + (x - mean) ** 2, 0) / (DRAWS - 1));
    const standardError = sd / Math.sqrt(DRAWS);
    console.log(
      `longest-waiting share: quota ${quota}/${PLACES} places (${((100 * quota) / PLACES).toFixed(1)} %), observed share of places ${(100 * observedShare).toFixed(1)} %; general-phase excess ${mean.toFixed(2)} places per draw (standard error ${standardError.toFixed(2)})`,
    );
    // Within 4 standard errors (a false alarm about 1 time in 16,000).
    expect(Math.abs(mean)).toBeLessThan(4 * standardError);
  });
});
