import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signerFromSeed, verifySignature } from "../../platform/keys/signing.ts";
import { lotteryParameters } from "../rules.ts";
import { combineSeeds, commit, verifyReveal } from "./commitments.ts";
import { SeedStream } from "./prng.ts";
import { publishDraw } from "./publish.ts";
import { capacitiesFor, syntheticWindow } from "./synthetic.ts";
import { canonicalText, termsHash } from "./terms.ts";
import { testRound } from "./testing/round.ts";
import type { PublishedDraw, SignatureCheck } from "./types.ts";
import { verifyDraw } from "./verify.ts";

const date = "2023-06-01";
const seeds = {
  operator: "a1".repeat(32),
  "ngo-1": "b2".repeat(32),
  "ngo-2": "c3".repeat(32),
};
type Party = keyof typeof seeds;
const reveal = (party: Party) => ({ party, seed: seeds[party] });
const requests = syntheticWindow(3000, 11).map(({ hour: _, ...request }) => request);
const signer = signerFromSeed(new Uint8Array(32).fill(9));
const checkSignature: SignatureCheck = (message, signature, keyId) =>
  keyId === signer.keyId && verifySignature(signer.publicKey, message, signature);

function day(revealing: Party[] = ["ngo-2", "operator", "ngo-1"]) {
  return testRound({
    date,
    round: 1,
    operator: "operator",
    seeds,
    revealing,
    capacities: capacitiesFor(145),
    parameters: { ...lotteryParameters },
    requests,
    signer,
  });
}

/** The record as an observer downloads it: JSON text, parsed. */
function published(record: PublishedDraw): PublishedDraw {
  return JSON.parse(JSON.stringify(record)) as PublishedDraw;
}

describe("commit and reveal", () => {
  const operator = {
    party: "operator",
    commitment: commit(seeds.operator, { date, round: 1, party: "operator" }),
  };

  it("accepts the committed seed and rejects any other, another party's, day's or round's", () => {
    const of = { date, round: 1 };
    expect(verifyReveal(operator, reveal("operator"), of)).toBe(true);
    expect(verifyReveal(operator, { party: "operator", seed: seeds["ngo-1"] }, of)).toBe(false);
    expect(verifyReveal(operator, { party: "ngo-1", seed: seeds.operator }, of)).toBe(false);
    expect(verifyReveal(operator, reveal("operator"), { date: "2023-06-02", round: 1 })).toBe(
      false,
    );
    expect(verifyReveal(operator, reveal("operator"), { date, round: 2 })).toBe(false);
  });

  it("combines seeds whatever the order they arrived in, bound to the terms", () => {
    const all = [reveal("operator"), reveal("ngo-1"), reveal("ngo-2")];
    const terms = "ab".repeat(32);
    expect(combineSeeds(terms, [...all].reverse())).toBe(combineSeeds(terms, all));
    expect(combineSeeds(terms, all.slice(0, 2))).not.toBe(combineSeeds(terms, all));
    expect(combineSeeds("cd".repeat(32), all)).not.toBe(combineSeeds(terms, all));
    expect(() => combineSeeds(terms, [reveal("operator"), reveal("operator")])).toThrow("twice");
  });
});

describe("verifyDraw, from the published JSON alone", () => {
  const record = publishDraw(day());

  it("recomputes the same allocation, and checks the signatures when given the key", () => {
    expect(record.status).toBe("drawn");
    expect(record.allocation.length).toBeGreaterThan(40);
    expect(verifyDraw(published(record))).toEqual({
      ok: true,
      mismatches: [],
      signaturesChecked: false,
    });
    expect(verifyDraw(published(record), { checkSignature })).toEqual({
      ok: true,
      mismatches: [],
      signaturesChecked: true,
    });
    expect(publishDraw(day(["ngo-1", "operator", "ngo-2"]))).toEqual(record);
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

  it("refuses a record that is not one, or one whose signatures are not the key's", () => {
    expect(verifyDraw({ format: "other" }).mismatches[0]!.code).toBe("format");
    const forged = published(record);
    forged.terms.signature = forged.receipts[0]!.signature;
    const result = verifyDraw(forged, { checkSignature });
    expect(result.mismatches).toEqual([
      { code: "signature", message: "the terms' signature is not Haven's" },
    ]);
  });
});

describe("a seed that is not revealed", () => {
  it("leaves an observer out, names it, and still draws", () => {
    const record = publishDraw(day(["operator", "ngo-1"]));
    expect(record.status).toBe("drawn");
    expect(record.unrevealed).toEqual(["ngo-2"]);
    expect(record.finalSeed).toBe(
      combineSeeds(record.termsHash, [reveal("operator"), reveal("ngo-1")]),
    );
    expect(verifyDraw(published(record), { checkSignature }).ok).toBe(true);
  });

  it("treats a non-matching reveal as none", () => {
    const round = day(["operator"]);
    const record = publishDraw({
      ...round,
      reveals: [...round.reveals, { party: "ngo-1", seed: "ee".repeat(32) }],
    });
    expect(record.unrevealed).toEqual(["ngo-1", "ngo-2"]);
    expect(record.reveals).toEqual([reveal("operator")]);
  });

  it("voids the draw when the operator's seed is missing, and a void record allocates nothing", () => {
    const record = publishDraw(day(["ngo-1", "ngo-2"]));
    expect(record).toMatchObject({ status: "void", finalSeed: "", allocation: [] });
    expect(record.unrevealed).toEqual(["operator"]);
    expect(verifyDraw(published(record), { checkSignature }).ok).toBe(true);

    const claimed = published(record);
    claimed.status = "drawn";
    claimed.finalSeed = combineSeeds(record.termsHash, [reveal("ngo-1"), reveal("ngo-2")]);
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
  const exampleKey = signerFromSeed(new Uint8Array(32).fill(7));

  it("verifies, signatures included, with the numbers the text gives", () => {
    expect(text).toContain(exampleKey.publicKey);
    const check: SignatureCheck = (message, signature, keyId) =>
      keyId === exampleKey.keyId && verifySignature(exampleKey.publicKey, message, signature);
    expect(verifyDraw(example, { checkSignature: check })).toEqual({
      ok: true,
      mismatches: [],
      signaturesChecked: true,
    });
    expect(text).toContain(canonicalText(example.terms.signed));
    expect(termsHash(example.terms.signed)).toBe(example.termsHash);
    const words = (label: string) => {
      const stream = new SeedStream(example.finalSeed, label);
      return Array.from({ length: 4 }, () => stream.nextWord().toString(16).padStart(8, "0"));
    };
    expect(words("longest-waiting").join(" ")).toBe("61417dc4 a3aaa436 b6d6ac3b 8bbf5a14");
    expect(words("general").join(" ")).toBe("54e44562 d748f6ee 51526615 6e90d25b");
    for (const [word, m, j] of [
      [1631681988, 4, 0],
      [1424246114, 8, 2],
      [3611883246, 7, 6],
      [1364354581, 6, 1],
      [1854984795, 5, 0],
    ]) {
      expect(word! % m!).toBe(j);
      expect(word!).toBeLessThan(2 ** 32 - (2 ** 32 % m!));
    }
    const operator = example.commitments.find((c) => c.party === "operator");
    expect(commit("11".repeat(32), { date: example.date, round: 1, party: "operator" })).toBe(
      operator?.commitment,
    );
  });
});
