import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lotteryParameters } from "../rules.ts";
import { combineSeeds, commit, verifyReveal } from "./commitments.ts";
import { SeedStream } from "./prng.ts";
import { publishDraw } from "./publish.ts";
import { capacitiesFor, syntheticWindow } from "./synthetic.ts";
import type { PublishedDraw } from "./types.ts";
import { verifyDraw } from "./verify.ts";

const date = "2023-06-01";
const seeds = {
  operator: "a1".repeat(32),
  "ngo-1": "b2".repeat(32),
  "ngo-2": "c3".repeat(32),
};
type Party = keyof typeof seeds;
const commitments = (Object.keys(seeds) as Party[]).map((party) => ({
  party,
  commitment: commit(seeds[party], { date, party }),
}));
const reveal = (party: Party) => ({ party, seed: seeds[party] });
const requests = syntheticWindow(3000, 11).map(({ hour: _, ...request }) => request);

function day(reveals = [reveal("ngo-2"), reveal("operator"), reveal("ngo-1")]) {
  return {
    date,
    operator: "operator",
    parameters: { ...lotteryParameters },
    capacities: capacitiesFor(145),
    commitments,
    reveals,
    requests,
  };
}

/** The record as an observer downloads it: JSON text, parsed. */
function published(record: PublishedDraw): PublishedDraw {
  return JSON.parse(JSON.stringify(record)) as PublishedDraw;
}

describe("commit and reveal", () => {
  it("accepts the committed seed and rejects any other, another party's or another day's", () => {
    const [operator] = commitments;
    expect(verifyReveal(operator!, reveal("operator"), date)).toBe(true);
    expect(verifyReveal(operator!, { party: "operator", seed: seeds["ngo-1"] }, date)).toBe(false);
    expect(verifyReveal(operator!, { party: "ngo-1", seed: seeds.operator }, date)).toBe(false);
    expect(verifyReveal(operator!, reveal("operator"), "2023-06-02")).toBe(false);
  });

  it("combines seeds whatever the order they arrived in", () => {
    const all = [reveal("operator"), reveal("ngo-1"), reveal("ngo-2")];
    expect(combineSeeds([...all].reverse())).toBe(combineSeeds(all));
    expect(combineSeeds(all.slice(0, 2))).not.toBe(combineSeeds(all));
    expect(() => combineSeeds([reveal("operator"), reveal("operator")])).toThrow("twice");
  });
});

describe("verifyDraw, from the published JSON alone", () => {
  const record = publishDraw(day());

  it("recomputes the same allocation", () => {
    expect(record.status).toBe("drawn");
    expect(record.allocation.length).toBeGreaterThan(40);
    expect(verifyDraw(published(record))).toEqual({ ok: true, mismatches: [] });
    expect(publishDraw(day([reveal("ngo-1"), reveal("operator"), reveal("ngo-2")]))).toEqual(
      record,
    );
  });

  it("rejects a revealed seed that does not match its commitment", () => {
    const tampered = published(record);
    tampered.reveals[0]!.seed = "d4".repeat(32);
    const result = verifyDraw(tampered);
    expect(result.ok).toBe(false);
    expect(result.mismatches.map((m) => m.code)).toContain("reveal-mismatch");
    expect(result.mismatches[0]!.message).toMatch(/does not match its commitment/);
  });

  it("detects a changed final seed, request, or allocation entry", () => {
    const seed = published(record);
    seed.finalSeed = "00".repeat(32);
    expect(verifyDraw(seed).mismatches.map((m) => m.code)).toEqual(["final-seed"]);

    const request = published(record);
    request.requests[0]!.waitingDays += 1;
    expect(verifyDraw(request).mismatches.map((m) => m.code)).toContain("requests-digest");

    const port = published(record);
    const entry = port.allocation[3]!;
    entry.port = entry.port === "el_paso" ? "laredo" : "el_paso";
    const result = verifyDraw(port);
    expect(result.ok).toBe(false);
    expect(result.mismatches[0]!.message).toMatch(/1 allocation entries differ.*first at #3/);

    const extra = published(record);
    extra.allocation.push({
      requestId: extra.requests[0]!.id,
      port: "laredo",
      slot: 999,
      phase: "general",
    });
    expect(verifyDraw(extra).ok).toBe(false);
  });

  it("refuses a record that is not one", () => {
    expect(verifyDraw({ format: "other" }).mismatches[0]!.code).toBe("format");
  });
});

describe("a seed that is not revealed", () => {
  it("leaves an observer out, names it, and still draws", () => {
    const record = publishDraw(day([reveal("operator"), reveal("ngo-1")]));
    expect(record.status).toBe("drawn");
    expect(record.unrevealed).toEqual(["ngo-2"]);
    expect(record.finalSeed).toBe(combineSeeds([reveal("operator"), reveal("ngo-1")]));
    expect(verifyDraw(published(record)).ok).toBe(true);
  });

  it("treats a non-matching reveal as none", () => {
    const record = publishDraw(
      day([reveal("operator"), { party: "ngo-1", seed: "ee".repeat(32) }]),
    );
    expect(record.unrevealed).toEqual(["ngo-1", "ngo-2"]);
    expect(record.reveals).toEqual([reveal("operator")]);
  });

  it("voids the draw when the operator's seed is missing, and a void record allocates nothing", () => {
    const record = publishDraw(day([reveal("ngo-1"), reveal("ngo-2")]));
    expect(record).toMatchObject({ status: "void", finalSeed: "", allocation: [] });
    expect(record.unrevealed).toEqual(["operator"]);
    expect(verifyDraw(published(record)).ok).toBe(true);

    const claimed = published(record);
    claimed.status = "drawn";
    claimed.finalSeed = combineSeeds([reveal("ngo-1"), reveal("ngo-2")]);
    expect(verifyDraw(claimed).mismatches.map((m) => m.code)).toEqual(
      expect.arrayContaining(["status", "final-seed"]),
    );
  });
});

describe("the worked example in docs/lottery.md", () => {
  const text = readFileSync(
    join(import.meta.dirname, "..", "..", "..", "docs", "lottery.md"),
    "utf8",
  );
  const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(text)![1]!) as PublishedDraw;

  it("verifies, with the numbers the text gives", () => {
    expect(verifyDraw(example)).toEqual({ ok: true, mismatches: [] });
    const words = (label: string) => {
      const stream = new SeedStream(example.finalSeed, label);
      return Array.from({ length: 4 }, () => stream.nextWord().toString(16).padStart(8, "0"));
    };
    expect(words("longest-waiting").join(" ")).toBe("e52cd67c c8847d0c 152fa2d6 28f305f4");
    expect(words("general").join(" ")).toBe("a3e9a279 a985784b d3f21bf5 01018cd1");
    for (const [word, m, j] of [
      [3844920956, 4, 0],
      [2749997689, 8, 1],
      [2844096587, 7, 3],
      [3555859445, 6, 5],
      [16878801, 5, 1],
    ]) {
      expect(word! % m!).toBe(j);
      expect(word!).toBeLessThan(2 ** 32 - (2 ** 32 % m!));
    }
    expect(commit("11".repeat(32), { date: example.date, party: "operator" })).toBe(
      example.commitments[0]!.commitment,
    );
  });
});
