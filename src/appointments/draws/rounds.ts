/**
 * Rounds of a day's draw (docs/lottery.md, "Rounds"): when a round is void, the next one starts
 * at once with a new operator commitment and its own timetable; the request list, its digest and
 * the places stay those fixed when the window closed. Signing happens here, at the edge.
 */
import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { type Signer, verifySignature } from "../../platform/keys/signing.ts";
import {
  canonicalText,
  commit,
  type DrawTerms,
  type Receipt,
  type SignatureCheck,
  type Signed,
} from "../lottery/index.ts";
import { windowSchedule } from "../window.ts";

/** A new round takes commitments for this long after the void, then reveals as round 1 does. */
export const rerunSchedule = {
  commitMinutes: 30,
  revealMinutes: windowSchedule.drawDelayMinutes,
} as const;

/** The timetable of the round that follows a round found void at `voidedAt`. */
export function nextRoundTimes(voidedAt: Date): { commitmentsUntil: Date; drawAt: Date } {
  const commitmentsUntil = new Date(voidedAt.getTime() + rerunSchedule.commitMinutes * 60_000);
  const drawAt = new Date(commitmentsUntil.getTime() + rerunSchedule.revealMinutes * 60_000);
  return { commitmentsUntil, drawAt };
}

/** Until when the window's current round takes commitments. */
export function commitmentsUntil(row: {
  round_commitments_until: Date | null;
  closes_at: Date;
}): Date {
  return row.round_commitments_until ?? row.closes_at;
}

/** A statement with Haven's signature of its canonical JSON. */
export function signStatement<T extends DrawTerms | Receipt>(
  signer: Signer,
  statement: T,
): Signed<T> {
  return {
    signed: statement,
    keyId: signer.keyId,
    signature: signer.sign(canonicalText(statement)),
  };
}

/** Checks a signature against the published key of `signer` (the one at /api/keys/signing). */
export function signatureCheck(signer: Pick<Signer, "keyId" | "publicKey">): SignatureCheck {
  return (message, signature, keyId) =>
    keyId === signer.keyId && verifySignature(signer.publicKey, message, signature);
}

/**
 * Starts the round after a void one, in the void draw's transaction: a new operator seed and its
 * commitment (bound to the new round), commitments taken for `rerunSchedule.commitMinutes`, then
 * reveals until the draw. The window stays closed to requests.
 */
export async function startNextRound(
  trx: Transaction<Database>,
  window: { date: string; round: number; operator: string },
  voidedAt: Date,
): Promise<{ round: number; commitmentsUntil: Date; drawAt: Date }> {
  const round = window.round + 1;
  const seed = randomBytes(32).toString("hex");
  const times = nextRoundTimes(voidedAt);
  await trx
    .updateTable("lottery_windows")
    .set({
      status: "closed",
      round,
      operator_seed: seed,
      operator_commitment: commit(seed, { date: window.date, round, party: window.operator }),
      round_commitments_until: times.commitmentsUntil,
      draw_at: times.drawAt,
      terms: null,
      terms_hash: null,
    })
    .where("date", "=", window.date)
    .execute();
  return { round, ...times };
}
