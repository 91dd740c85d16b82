/**
 * The checks that tie a record to what was published before it (docs/lottery.md, "Verifying a
 * draw", steps 8–10): the signed terms, the receipts the record lists, and the receipts a
 * verifier kept — a kept receipt whose reveal the record does not use is a dropped reveal.
 */
import { verifyReveal } from "./commitments.ts";
import type { Mismatch } from "./mismatch.ts";
import { signedReceiptSchema, signedTermsSchema } from "./schema.ts";
import { canonicalText, termsHash } from "./terms.ts";
import type { PublishedDraw, Receipt, SignatureCheck, Signed } from "./types.ts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const shown = (r: Receipt) =>
  `${r.reveal === null ? "commitment" : "reveal"} receipt of ${r.party} (${r.day} round ${r.round}, received ${r.receivedAt})`;

/** The record's terms: their hash, their signature, and every field the draw takes from them. */
export function checkTerms(record: PublishedDraw, check?: SignatureCheck): Mismatch[] {
  const out: Mismatch[] = [];
  const terms = record.terms.signed;
  const bad = (message: string) => out.push({ code: "terms", message });
  if (termsHash(terms) !== record.termsHash) bad("termsHash is not the hash of the terms");
  if (check && !check(canonicalText(terms), record.terms.signature, record.terms.keyId)) {
    out.push({ code: "signature", message: "the terms' signature is not Haven's" });
  }
  if (terms.day !== record.date || terms.round !== record.round) {
    bad(
      `the terms are for ${terms.day} round ${terms.round}, the record for ${record.date} round ${record.round}`,
    );
  }
  if (terms.operator !== record.operator) bad("the operator differs from the terms'");
  if (!same(terms.capacities, record.capacities)) {
    bad("the capacities differ from those fixed in the terms before any seed was revealed");
  }
  if (!same(terms.parameters, record.parameters)) bad("the parameters differ from the terms'");
  if (!same(terms.commitments, record.commitments)) bad("the commitments differ from the terms'");
  if (terms.requestsDigest !== record.requestsDigest) {
    bad("requestsDigest differs from the digest fixed in the terms when the list was frozen");
  }
  if (terms.requestCount !== record.requests.length) {
    bad(`the terms fixed ${terms.requestCount} requests, the record has ${record.requests.length}`);
  }
  return out;
}

/** A receipt against the record: the commitment and reveal it names must be the record's. */
function againstRecord(record: PublishedDraw, receipt: Receipt): Mismatch | null {
  const commitment = record.commitments.find((c) => c.party === receipt.party);
  if (commitment?.commitment !== receipt.commitment) {
    return {
      code: "dropped-commitment",
      message: `the ${shown(receipt)} names commitment ${receipt.commitment}, which the record does not have`,
    };
  }
  if (receipt.reveal === null) return null;
  const used = record.reveals.some((r) => r.party === receipt.party && r.seed === receipt.reveal);
  if (!used || record.unrevealed.includes(receipt.party)) {
    return {
      code: "dropped-reveal",
      message: `the ${shown(receipt)} proves its seed was received, but the record ${record.unrevealed.includes(receipt.party) ? "calls the party not revealed" : "does not use it"}`,
    };
  }
  if (receipt.termsHash !== record.termsHash) {
    return {
      code: "terms",
      message: `the ${shown(receipt)} was given under terms ${receipt.termsHash}, the record's are ${record.termsHash}`,
    };
  }
  return null;
}

/** Order in time: commitments before the terms were fixed, reveals after and before the deadline. */
function outOfStage(record: PublishedDraw, receipt: Receipt): string | null {
  const { frozenAt, revealsUntil } = record.terms.signed;
  const at = Date.parse(receipt.receivedAt);
  const inStage =
    receipt.reveal === null
      ? at <= Date.parse(frozenAt)
      : at >= Date.parse(frozenAt) && at < Date.parse(revealsUntil);
  return inStage
    ? null
    : `the ${shown(receipt)} is outside its stage (terms fixed ${frozenAt}, reveals until ${revealsUntil})`;
}

function signatureOf(receipt: Signed<Receipt>, check?: SignatureCheck): Mismatch | null {
  if (!check || check(canonicalText(receipt.signed), receipt.signature, receipt.keyId)) return null;
  return { code: "signature", message: `the ${shown(receipt.signed)} is not signed by Haven` };
}

function listedProblem(record: PublishedDraw, r: Receipt): string | null {
  if (r.day !== record.date || r.round !== record.round) return `the record lists the ${shown(r)}`;
  const opens =
    r.reveal === null ||
    verifyReveal(
      { party: r.party, commitment: r.commitment },
      { party: r.party, seed: r.reveal },
      { date: r.day, round: r.round },
    );
  if (!opens) return `the ${shown(r)} does not open its commitment`;
  return outOfStage(record, r) ?? againstRecord(record, r)?.message ?? null;
}

/** The receipts the record lists: signed, of this draw, in their stage, consistent with it. */
export function checkListedReceipts(record: PublishedDraw, check?: SignatureCheck): Mismatch[] {
  return record.receipts.flatMap((receipt): Mismatch[] => {
    const bad = signatureOf(receipt, check);
    if (bad) return [bad];
    const problem = listedProblem(record, receipt.signed);
    return problem ? [{ code: "receipts", message: problem }] : [];
  });
}

/**
 * The receipts a verifier kept (its own, or copies of what was published on receipt). A forged
 * receipt proves nothing, so one whose signature fails is reported as such and not held against
 * the record; a genuine one must be listed, and its commitment and reveal must be the record's.
 */
export function checkHeldReceipts(
  record: PublishedDraw,
  held: readonly unknown[],
  check?: SignatureCheck,
): Mismatch[] {
  const out: Mismatch[] = [];
  const listed = new Set(record.receipts.map((r) => canonicalText(r.signed)));
  for (const [at, candidate] of held.entries()) {
    const parsed = signedReceiptSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      out.push({
        code: "format",
        message: `receipt #${at}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
      });
      continue;
    }
    const receipt = parsed.data;
    const bad = signatureOf(receipt, check);
    if (bad) {
      out.push(bad);
      continue;
    }
    const r = receipt.signed;
    if (r.day !== record.date || r.round !== record.round) {
      out.push({
        code: "other-draw",
        message: `the ${shown(r)} is not for this record (${record.date} round ${record.round})`,
      });
      continue;
    }
    if (!listed.has(canonicalText(r))) {
      out.push({ code: "unlisted-receipt", message: `the record does not list the ${shown(r)}` });
    }
    const problem = againstRecord(record, r);
    if (problem) out.push(problem);
  }
  return out;
}

/**
 * The terms a verifier kept from when they were published (before any reveal). Two different
 * signed terms for one round are proof on their own: the record must carry the kept ones.
 */
export function checkHeldTerms(
  record: PublishedDraw,
  held: unknown,
  check?: SignatureCheck,
): Mismatch[] {
  const parsed = signedTermsSchema.safeParse(held);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    return [{ code: "format", message: `kept terms: ${where}: ${issue?.message ?? "invalid"}` }];
  }
  const kept = parsed.data;
  const text = canonicalText(kept.signed);
  if (check && !check(text, kept.signature, kept.keyId)) {
    return [{ code: "signature", message: "the kept terms are not signed by Haven" }];
  }
  if (kept.signed.day !== record.date || kept.signed.round !== record.round) {
    return [
      {
        code: "other-draw",
        message: `the kept terms are for ${kept.signed.day} round ${kept.signed.round}, not this record`,
      },
    ];
  }
  if (text === canonicalText(record.terms.signed)) return [];
  return [
    {
      code: "terms",
      message: `the record's terms (hash ${record.termsHash}) are not those published at ${kept.signed.frozenAt} (hash ${termsHash(kept.signed)}): two different terms were signed for this round`,
    },
  ];
}
