/**
 * What an outside verifier detects from public data alone (docs/lottery.md, "Detecting
 * tampering"): a dropped reveal, a changed capacity, a reordered or altered request list, and a
 * seed of one round replayed in another.
 */
import { describe, expect, it } from "vitest";
import { signerFromSeed, verifySignature } from "../../platform/keys/signing.ts";
import { commit, verifyReveal } from "./commitments.ts";
import { draw } from "./draw.ts";
import { publishDraw, requestsDigest } from "./publish.ts";
import { capacitiesFor, syntheticWindow } from "./synthetic.ts";
import { drawTerms, termsHash } from "./terms.ts";
import { signWith, testRound } from "./testing/round.ts";
import type { PublishedDraw, Receipt, SignatureCheck, Signed } from "./types.ts";
import { verifyDraw } from "./verify.ts";

const date = "2026-03-02";
const seeds = { operator: "a1".repeat(32), "ngo-1": "b2".repeat(32), "ngo-2": "c3".repeat(32) };
const requests = syntheticWindow(2000, 5).map(({ hour: _, ...request }) => request);
const haven = signerFromSeed(new Uint8Array(32).fill(3));
const checkSignature: SignatureCheck = (message, signature, keyId) =>
  keyId === haven.keyId && verifySignature(haven.publicKey, message, signature);
const parameters = { longestWaitingSharePercent: 20, waitingThresholdDays: 90 };

function round(overrides: Partial<Parameters<typeof testRound>[0]> = {}) {
  return testRound({
    date,
    round: 1,
    operator: "operator",
    seeds,
    revealing: ["operator", "ngo-1", "ngo-2"],
    capacities: capacitiesFor(120),
    parameters,
    requests,
    signer: haven,
    ...overrides,
  });
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const codes = (result: { mismatches: { code: string }[] }) => result.mismatches.map((m) => m.code);
const revealReceiptOf = (receipts: readonly Signed<Receipt>[], party: string) =>
  receipts.find((r) => r.signed.party === party && r.signed.reveal !== null)!;

describe("a dropped reveal", () => {
  const honest = round();
  const kept = revealReceiptOf(honest.receipts, "ngo-2");

  it("is proven by the observer's receipt when the record leaves it out altogether", () => {
    // The operator drops ngo-2's reveal (and its receipt) and draws on the others.
    const dropped = publishDraw({
      ...honest,
      reveals: honest.reveals.filter((r) => r.party !== "ngo-2"),
      receipts: honest.receipts.filter((r) => r !== kept),
    });
    expect(dropped.unrevealed).toEqual(["ngo-2"]);
    // The record alone is consistent: that is why the receipt is needed.
    expect(verifyDraw(copy(dropped), { checkSignature }).ok).toBe(true);
    const result = verifyDraw(copy(dropped), { checkSignature, receipts: [copy(kept)] });
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(["unlisted-receipt", "dropped-reveal"]);
    expect(result.mismatches[1]!.message).toMatch(
      /reveal receipt of ngo-2 .* proves its seed was received, but the record calls the party not revealed/,
    );
  });

  it("is visible in the record itself when it lists the receipt and calls the party unrevealed", () => {
    const dropped = publishDraw({
      ...honest,
      reveals: honest.reveals.filter((r) => r.party !== "ngo-2"),
    });
    expect(codes(verifyDraw(copy(dropped), { checkSignature }))).toEqual(["receipts"]);
  });

  it("is not claimed with a forged receipt: a receipt not signed by Haven proves nothing", () => {
    const record = publishDraw(honest);
    const mallory = signWith(signerFromSeed(new Uint8Array(32).fill(4)));
    const forged = mallory({ ...kept.signed, party: "ngo-1", reveal: "ee".repeat(32) });
    const result = verifyDraw(copy(record), { checkSignature, receipts: [forged] });
    expect(result.mismatches).toEqual([
      { code: "signature", message: expect.stringMatching(/is not signed by Haven/) },
    ]);
    expect(verifyDraw(copy(record), { checkSignature, receipts: [copy(kept)] }).ok).toBe(true);
  });
});

describe("a changed capacity in a re-run", () => {
  const honest = round();
  const record = publishDraw(honest);
  const halved = (r: PublishedDraw) =>
    r.capacities.map((c, at) => (at === 0 ? { ...c, places: Math.floor(c.places / 2) } : c));

  it("fails against the signed terms when the record's capacities are edited and redrawn", () => {
    const rerun = copy(record);
    rerun.capacities = halved(record);
    rerun.allocation = draw({ ...rerun, finalSeed: rerun.finalSeed });
    const result = verifyDraw(rerun, { checkSignature });
    expect(codes(result)).toEqual(["terms"]);
    expect(result.mismatches[0]!.message).toMatch(
      /capacities differ from those fixed in the terms/,
    );
  });

  it("fails against the observers' receipts and the published terms when the terms are re-signed", () => {
    // The operator holds the key: it signs new terms with fewer places and redraws on them.
    const capacities = halved(record);
    const resigned = round({ capacities });
    const rerun = publishDraw(resigned);
    expect(rerun.finalSeed).not.toBe(record.finalSeed); // the terms hash is in the seed
    expect(verifyDraw(copy(rerun), { checkSignature }).ok).toBe(true);
    const kept = revealReceiptOf(honest.receipts, "ngo-1");
    const byReceipt = verifyDraw(copy(rerun), { checkSignature, receipts: [copy(kept)] });
    expect(codes(byReceipt)).toEqual(["unlisted-receipt", "terms"]);
    expect(byReceipt.mismatches[1]!.message).toMatch(/was given under terms/);
    const byTerms = verifyDraw(copy(rerun), { checkSignature, terms: copy(honest.terms) });
    expect(codes(byTerms)).toEqual(["terms"]);
    expect(byTerms.mismatches[0]!.message).toMatch(/two different terms were signed/);
  });
});

describe("a reordered or altered request list", () => {
  const honest = round();
  const record = publishDraw(honest);

  it("fails when requests trade places in the list and the digest is recomputed", () => {
    // Two requests swap ids: the same ids, in id order, but each at the other's position.
    const swapped = copy(record);
    const [a, b] = [swapped.requests[10]!, swapped.requests[1500]!];
    [a.id, b.id] = [b.id, a.id];
    swapped.requests.sort((x, y) => (x.id < y.id ? -1 : 1));
    swapped.requestsDigest = requestsDigest(swapped.requests);
    swapped.allocation = draw({ ...swapped, finalSeed: swapped.finalSeed });
    const result = verifyDraw(swapped, { checkSignature });
    expect(codes(result)).toEqual(["terms"]);
    expect(result.mismatches[0]!.message).toMatch(/requestsDigest differs from the digest fixed/);
  });

  it("fails when the list is published out of id order", () => {
    const reordered = copy(record);
    reordered.requests.reverse();
    expect(codes(verifyDraw(reordered))).toEqual(
      expect.arrayContaining(["requests-order", "requests-digest"]),
    );
  });

  it("fails against the kept terms when the list is changed and the terms re-signed", () => {
    const fewer = requests.slice(1);
    const rerun = publishDraw(round({ requests: fewer }));
    expect(verifyDraw(copy(rerun), { checkSignature }).ok).toBe(true);
    const result = verifyDraw(copy(rerun), { checkSignature, terms: copy(honest.terms) });
    expect(codes(result)).toEqual(["terms"]);
  });
});

describe("the round number", () => {
  const first = round({ revealing: ["ngo-1", "ngo-2"] });
  const second = round({ round: 2 });

  it("binds every commitment: the same seed commits differently in each round", () => {
    const one = commit(seeds["ngo-1"], { date, round: 1, party: "ngo-1" });
    const two = commit(seeds["ngo-1"], { date, round: 2, party: "ngo-1" });
    expect(one).not.toBe(two);
    expect(
      verifyReveal(
        { party: "ngo-1", commitment: one },
        { party: "ngo-1", seed: seeds["ngo-1"] },
        { date, round: 2 },
      ),
    ).toBe(false);
  });

  it("is in the records and their terms, and a round-1 reveal does not open a round-2 commitment", () => {
    const voided = publishDraw(first);
    expect(voided).toMatchObject({ round: 1, status: "void" });
    const drawn = publishDraw(second);
    expect(drawn).toMatchObject({ round: 2, status: "drawn" });
    expect(drawn.terms.signed.round).toBe(2);
    expect(drawn.commitments).not.toEqual(voided.commitments);
    // Round 1's commitment replayed as round 2's, opened with round 1's seed: not a match.
    const replayed = copy(drawn);
    replayed.commitments = voided.commitments;
    replayed.terms = copy(second.terms);
    replayed.terms.signed.commitments = voided.commitments;
    const result = verifyDraw(replayed);
    expect(codes(result)).toEqual(expect.arrayContaining(["reveal-mismatch", "terms"]));
    // A round-1 receipt held against round 2 is for another draw.
    const kept = revealReceiptOf(first.receipts, "ngo-1");
    expect(codes(verifyDraw(copy(drawn), { receipts: [copy(kept)] }))).toEqual(["other-draw"]);
    const terms = drawTerms({ ...second.terms.signed, round: 1 });
    expect(termsHash(terms)).not.toBe(drawn.termsHash);
  });
});
