/**
 * An independent implementation of docs/lottery.md, written from the text with node:crypto's
 * SHA-256 and a plain full sort and full shuffle, checked against the library on many windows.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineSeeds, commit } from "./commitments.ts";
import { draw } from "./draw.ts";
import { capacitiesFor, syntheticWindow } from "./synthetic.ts";
import { drawTerms, termsHash } from "./terms.ts";
import type { AllocationEntry, LotteryRequest, PortCapacity, Reveal } from "./types.ts";

const sha = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const lp = (b: Buffer) => Buffer.concat([u32(b.length), b]);
const lpText = (text: string) => lp(Buffer.from(text, "utf8"));
const byId = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function refCommit(seed: string, date: string, round: number, party: string): string {
  const parts = [lpText("haven-lottery/v2/commit"), lpText(date), u32(round), lpText(party)];
  return sha(...parts, lp(Buffer.from(seed, "hex"))).toString("hex");
}

function refCombine(termsHash: string, reveals: Reveal[]): string {
  const sorted = [...reveals].sort((a, b) => byId(a.party, b.party));
  const parts = sorted.flatMap((r) => [lpText(r.party), lp(Buffer.from(r.seed, "hex"))]);
  const terms = lp(Buffer.from(termsHash, "hex"));
  return sha(lpText("haven-lottery/v2/final-seed"), terms, u32(sorted.length), ...parts).toString(
    "hex",
  );
}

/** RFC 8785 for what the terms hold (objects, arrays, ASCII strings, integers): keys sorted. */
function refCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(refCanonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => byId(a, b));
    const entries = keys.map(
      (key) => `${JSON.stringify(key)}:${refCanonical((value as Record<string, unknown>)[key])}`,
    );
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

function refStream(finalSeed: string, label: string) {
  let k = 0;
  let words: number[] = [];
  const next = () => {
    if (words.length === 0) {
      const block = sha(Buffer.from(finalSeed, "hex"), lpText(label), u32(k++));
      words = [0, 4, 8, 12, 16, 20, 24, 28].map((at) => block.readUInt32BE(at));
    }
    return words.shift()!;
  };
  return (n: number) => {
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const w = next();
      if (w < limit) return w % n;
    }
  };
}

function refDraw(
  finalSeed: string,
  capacities: PortCapacity[],
  percent: number,
  threshold: number,
  requests: LotteryRequest[],
): AllocationEntry[] {
  const sorted = [...requests].sort((a, b) => byId(a.id, b.id));
  const places = new Map(capacities.map((c) => [c.port, c.places]));
  const used = new Map(capacities.map((c) => [c.port, 0]));
  const won = new Set<string>();
  const out: AllocationEntry[] = [];
  const phase = (
    list: LotteryRequest[],
    budget: Map<string, number>,
    label: "longest-waiting" | "general",
  ) => {
    const below = refStream(finalSeed, label);
    const a = [...list];
    for (let m = a.length; m > 0; m -= 1) {
      const j = below(m);
      const r = a[j]!;
      a[j] = a[m - 1]!;
      if (won.has(r.id)) continue;
      const port = r.preferredPorts.find((p) => (budget.get(p) ?? -1) >= r.groupSize);
      if (port === undefined) continue;
      out.push({ requestId: r.id, port, slot: used.get(port)!, phase: label });
      used.set(port, used.get(port)! + r.groupSize);
      budget.set(port, budget.get(port)! - r.groupSize);
      won.add(r.id);
    }
  };
  const quota = new Map(capacities.map((c) => [c.port, Math.floor((c.places * percent) / 100)]));
  phase(
    sorted.filter((r) => r.waitingDays >= threshold),
    quota,
    "longest-waiting",
  );
  const rest = new Map(capacities.map((c) => [c.port, places.get(c.port)! - used.get(c.port)!]));
  phase(sorted, rest, "general");
  return out;
}

const hex = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => Buffer.from(b).toString("hex"));

describe("an independent verifier written from docs/lottery.md", () => {
  it("computes the same commitments, terms hash and final seed", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[\x21-\x7e]{1,20}$/), hex), {
          minLength: 1,
          maxLength: 6,
          selector: ([party]) => party,
        }),
        fc.integer({ min: 1, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 3000 }),
        hex,
        (pairs, round, places, digest) => {
          const reveals = pairs.map(([party, seed]) => ({ party, seed }));
          const commitments = reveals.map(({ party, seed }) => {
            const commitment = commit(seed, { date: "2023-06-01", round, party });
            expect(commitment).toBe(refCommit(seed, "2023-06-01", round, party));
            return { party, commitment };
          });
          const terms = drawTerms({
            day: "2023-06-01",
            round,
            operator: pairs[0]![0],
            commitments,
            capacities: capacitiesFor(places),
            parameters: { longestWaitingSharePercent: 20, waitingThresholdDays: 90 },
            requestsDigest: digest,
            requestCount: places,
            frozenAt: "2023-06-02T04:00:00.000Z",
            revealsUntil: "2023-06-02T04:30:00.000Z",
          });
          const hash = sha(Buffer.from(refCanonical(terms), "utf8")).toString("hex");
          expect(termsHash(terms)).toBe(hash);
          expect(combineSeeds(hash, reveals)).toBe(refCombine(hash, reveals));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("draws the same allocation, in the same order, on windows of every shape", () => {
    fc.assert(
      fc.property(
        hex,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 90 }),
        fc.nat(),
        (finalSeed, count, total, percent, threshold, seed) => {
          const requests = syntheticWindow(count, seed).map(({ hour: _, ...request }) => request);
          const capacities = capacitiesFor(total);
          const parameters = {
            longestWaitingSharePercent: percent,
            waitingThresholdDays: threshold,
          };
          const mine = draw({ finalSeed, capacities, parameters, requests });
          expect(mine).toEqual(refDraw(finalSeed, capacities, percent, threshold, requests));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("agrees on ids of every length and character, with ports nobody has and repeated", () => {
    const request = fc.record({
      id: fc.stringMatching(/^[\x21-\x7e]{1,6}$/),
      groupSize: fc.integer({ min: 1, max: 6 }),
      waitingDays: fc.integer({ min: 0, max: 100 }),
      preferredPorts: fc.array(fc.constantFrom("a", "b", "c", "zz"), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        hex,
        fc.uniqueArray(request, { selector: (r) => r.id, maxLength: 400 }),
        (finalSeed, requests) => {
          const capacities = [
            { port: "a", places: 7 },
            { port: "b", places: 3 },
            { port: "c", places: 11 },
          ];
          const parameters = { longestWaitingSharePercent: 30, waitingThresholdDays: 50 };
          expect(draw({ finalSeed, capacities, parameters, requests })).toEqual(
            refDraw(finalSeed, capacities, 30, 50, requests),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
