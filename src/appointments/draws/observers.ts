/**
 * Observers' commitments and reveals (docs/lottery.md, "Commitments"): an observer commits while
 * the window is open and reveals after it has closed, before the draw. A revealed seed that does
 * not match its commitment is refused and nothing is stored.
 */

import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { verifyReveal } from "../lottery/index.ts";

/** The observer's party name: printable ASCII (no spaces), from the display name, made unique. */
export function observerParty(account: Pick<SessionAccount, "id" | "displayName">): string {
  const base = (account.displayName ?? "observer")
    .normalize("NFD")
    .replace(/[^\x21-\x7e]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return `${base || "observer"}.${account.id.slice(0, 8)}`;
}

export type ObserverOutcome = { ok: true; party: string } | Failure;

export async function commitAsObserver(
  services: Services,
  date: string,
  account: SessionAccount,
  write: Write,
  commitment: string,
): Promise<ObserverOutcome> {
  const party = observerParty(account);
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }): Promise<ObserverOutcome> => {
    const window = await trx
      .selectFrom("lottery_windows")
      .select(["status", "closes_at", "operator"])
      .where("date", "=", date)
      .forShare()
      .executeTakeFirst();
    if (!window) return { ok: false, kind: "missing", detail: `There is no window on ${date}.` };
    if (window.status !== "open" || now >= window.closes_at) {
      return {
        ok: false,
        kind: "conflict",
        detail: `The window of ${date} has closed: commitments are taken until ${window.closes_at.toISOString()}.`,
      };
    }
    const existing = await trx
      .selectFrom("lottery_commitments")
      .select("party")
      .where("window_date", "=", date)
      .where((eb) => eb.or([eb("party", "=", party), eb("account_id", "=", account.id)]))
      .executeTakeFirst();
    if (existing) {
      return { ok: false, kind: "conflict", detail: `You have already committed for ${date}.` };
    }
    await trx
      .insertInto("lottery_commitments")
      .values({ window_date: date, party, commitment, account_id: account.id, committed_at: now })
      .execute();
    audit({ type: "lottery_window", id: date, details: { party, commitment } });
    return { ok: true, party };
  });
}

export async function revealAsObserver(
  services: Services,
  date: string,
  account: SessionAccount,
  write: Write,
  seed: string,
): Promise<ObserverOutcome> {
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }): Promise<ObserverOutcome> => {
    const window = await trx
      .selectFrom("lottery_windows")
      .select(["status"])
      .where("date", "=", date)
      .forShare()
      .executeTakeFirst();
    if (!window) return { ok: false, kind: "missing", detail: `There is no window on ${date}.` };
    if (window.status !== "closed") {
      return {
        ok: false,
        kind: "conflict",
        detail:
          window.status === "open"
            ? `The window of ${date} has not closed yet: reveal after it closes.`
            : `The draw of ${date} has been made: reveals are no longer taken.`,
      };
    }
    const commitment = await trx
      .selectFrom("lottery_commitments")
      .select(["party", "commitment"])
      .where("window_date", "=", date)
      .where("account_id", "=", account.id)
      .executeTakeFirst();
    if (!commitment) {
      return { ok: false, kind: "conflict", detail: `You did not commit for ${date}.` };
    }
    if (!verifyReveal(commitment, { party: commitment.party, seed }, date)) {
      return {
        ok: false,
        kind: "unacceptable",
        field: "body.seed",
        detail: `The seed does not match the commitment ${commitment.commitment} registered for ${commitment.party} on ${date}.`,
      };
    }
    const inserted = await trx
      .insertInto("lottery_reveals")
      .values({ window_date: date, party: commitment.party, seed, revealed_at: now })
      .onConflict((oc) => oc.columns(["window_date", "party"]).doNothing())
      .returning("party")
      .executeTakeFirst();
    if (!inserted) {
      return { ok: false, kind: "conflict", detail: `You have already revealed for ${date}.` };
    }
    audit({ type: "lottery_window", id: date, details: { party: commitment.party } });
    return { ok: true, party: commitment.party };
  });
}
