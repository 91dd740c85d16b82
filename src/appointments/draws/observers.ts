/**
 * Observers' commitments and reveals (docs/lottery.md, "Commitments" and "Receipts"): an observer
 * commits to a round while it takes commitments and reveals once its terms are fixed, before the
 * draw. Each accepted one is answered with a signed receipt and published at once; a revealed seed
 * that does not match its commitment is refused and nothing is stored.
 */

import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import {
  commitmentReceipt,
  type Receipt,
  revealReceipt,
  type Signed,
  verifyReveal,
} from "../lottery/index.ts";
import { commitmentsUntil, signStatement } from "./rounds.ts";

/** The observer's party name: printable ASCII (no spaces), from the display name, made unique. */
export function observerParty(account: Pick<SessionAccount, "id" | "displayName">): string {
  const base = (account.displayName ?? "observer")
    .normalize("NFD")
    .replace(/[^\x21-\x7e]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return `${base || "observer"}.${account.id.slice(0, 8)}`;
}

export type ObserverOutcome =
  | { ok: true; party: string; round: number; receipt: Signed<Receipt> }
  | Failure;

const otherRound = (date: string, current: number, asked: number): Failure => ({
  ok: false,
  kind: "conflict",
  detail: `The current round of ${date} is ${current}, not ${asked}: commitments and reveals are bound to their round.`,
});

/**
 * An observer's commitment to a seed for a round, taken while the round takes commitments (round
 * 1: while the window is open; a later round: until its commitments close). Answers with the
 * signed receipt, which is published at once (GET /api/lottery/:date/rounds).
 */
export async function commitAsObserver(
  services: Services,
  date: string,
  account: SessionAccount,
  write: Write,
  asked: { round: number; commitment: string },
): Promise<ObserverOutcome> {
  const party = observerParty(account);
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }): Promise<ObserverOutcome> => {
    const window = await trx
      .selectFrom("lottery_windows")
      .select(["status", "closes_at", "round", "round_commitments_until", "terms_hash"])
      .where("date", "=", date)
      .forShare()
      .executeTakeFirst();
    if (!window) return { ok: false, kind: "missing", detail: `There is no window on ${date}.` };
    if (window.round !== asked.round) return otherRound(date, window.round, asked.round);
    const until = commitmentsUntil(window);
    const taking =
      window.terms_hash === null &&
      (window.status === "open" || (window.status === "closed" && window.round > 1)) &&
      now < until;
    if (!taking) {
      return {
        ok: false,
        kind: "conflict",
        detail: `Round ${window.round} of ${date} no longer takes commitments: they were taken until ${until.toISOString()}.`,
      };
    }
    const existing = await trx
      .selectFrom("lottery_commitments")
      .select("party")
      .where("window_date", "=", date)
      .where("round", "=", window.round)
      .where((eb) => eb.or([eb("party", "=", party), eb("account_id", "=", account.id)]))
      .executeTakeFirst();
    if (existing) {
      return {
        ok: false,
        kind: "conflict",
        detail: `You have already committed for round ${window.round} of ${date}.`,
      };
    }
    const receipt = signStatement(
      services.signer,
      commitmentReceipt({
        day: date,
        round: window.round,
        party,
        commitment: asked.commitment,
        receivedAt: now.toISOString(),
      }),
    );
    await trx
      .insertInto("lottery_commitments")
      .values({
        window_date: date,
        round: window.round,
        party,
        commitment: asked.commitment,
        account_id: account.id,
        committed_at: now,
        receipt: JSON.stringify(receipt),
      })
      .execute();
    audit({
      type: "lottery_window",
      id: date,
      details: { round: window.round, party, commitment: asked.commitment },
    });
    return { ok: true, party, round: window.round, receipt };
  });
}

/**
 * An observer's reveal, taken once the round's terms are fixed and until the reveals' deadline.
 * A seed that does not open the observer's commitment for this day and round is refused. The
 * receipt names the terms in force; it is published at once.
 */
export async function revealAsObserver(
  services: Services,
  date: string,
  account: SessionAccount,
  write: Write,
  asked: { round: number; seed: string },
): Promise<ObserverOutcome> {
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }): Promise<ObserverOutcome> => {
    const window = await trx
      .selectFrom("lottery_windows")
      .select(["status", "round", "terms_hash", "draw_at"])
      .where("date", "=", date)
      .forShare()
      .executeTakeFirst();
    if (!window) return { ok: false, kind: "missing", detail: `There is no window on ${date}.` };
    if (window.status === "drawn" || window.status === "void") {
      return {
        ok: false,
        kind: "conflict",
        detail: `The draw of ${date} has been made: reveals are no longer taken.`,
      };
    }
    if (window.round !== asked.round) return otherRound(date, window.round, asked.round);
    const { round, terms_hash: termsHash } = window;
    if (termsHash === null) {
      return {
        ok: false,
        kind: "conflict",
        detail: `The terms of round ${round} of ${date} are not fixed yet: reveal once they are published (GET /api/lottery/${date}/rounds).`,
      };
    }
    if (now >= window.draw_at) {
      return {
        ok: false,
        kind: "conflict",
        detail: `Reveals for round ${round} of ${date} were taken until ${window.draw_at.toISOString()}.`,
      };
    }
    const commitment = await trx
      .selectFrom("lottery_commitments")
      .select(["party", "commitment"])
      .where("window_date", "=", date)
      .where("round", "=", round)
      .where("account_id", "=", account.id)
      .executeTakeFirst();
    if (!commitment) {
      return {
        ok: false,
        kind: "conflict",
        detail: `You did not commit for round ${round} of ${date}.`,
      };
    }
    const { seed } = asked;
    if (!verifyReveal(commitment, { party: commitment.party, seed }, { date, round })) {
      return {
        ok: false,
        kind: "unacceptable",
        field: "body.seed",
        detail: `The seed does not match the commitment ${commitment.commitment} registered for ${commitment.party} in round ${round} of ${date}.`,
      };
    }
    const receipt = signStatement(
      services.signer,
      revealReceipt({
        day: date,
        round,
        party: commitment.party,
        commitment: commitment.commitment,
        seed,
        termsHash,
        receivedAt: now.toISOString(),
      }),
    );
    const inserted = await trx
      .insertInto("lottery_reveals")
      .values({
        window_date: date,
        round,
        party: commitment.party,
        seed,
        revealed_at: now,
        receipt: JSON.stringify(receipt),
      })
      .onConflict((oc) => oc.columns(["window_date", "round", "party"]).doNothing())
      .returning("party")
      .executeTakeFirst();
    if (!inserted) {
      return {
        ok: false,
        kind: "conflict",
        detail: `You have already revealed for round ${round} of ${date}.`,
      };
    }
    audit({ type: "lottery_window", id: date, details: { round, party: commitment.party } });
    return { ok: true, party: commitment.party, round, receipt };
  });
}
