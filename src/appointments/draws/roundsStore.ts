/**
 * The public state of a day's rounds, as published as it happens: each round's timetable, its
 * operator commitment, its signed terms once fixed, and every receipt issued so far.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import {
  type DrawTerms,
  type Receipt,
  receiptOrder,
  type Signed,
  signedTermsSchema,
} from "../lottery/index.ts";
import { commitmentsUntil } from "./rounds.ts";

type Db = Kysely<Database> | Transaction<Database>;

export type RoundStatus = "committing" | "revealing" | "drawn" | "void";

export interface RoundState {
  round: number;
  status: RoundStatus;
  operator: string;
  operatorCommitment: string;
  commitmentsUntil: string;
  drawAt: string;
  termsHash: string | null;
  terms: Signed<DrawTerms> | null;
  receipts: Signed<Receipt>[];
}

/** The terms a finished round's record carries (none in a record made before terms existed). */
function termsOfRecord(published: unknown): Signed<DrawTerms> | null {
  const terms = (published as { terms?: unknown } | null)?.terms;
  const parsed = signedTermsSchema.safeParse(terms);
  return parsed.success ? (parsed.data as Signed<DrawTerms>) : null;
}

/** Every receipt of the given days, by day and round, in the order issued. */
async function receiptsOf(db: Db, dates: string[]): Promise<Map<string, Signed<Receipt>[]>> {
  const byRound = new Map<string, Signed<Receipt>[]>();
  if (dates.length === 0) return byRound;
  const [commitments, reveals] = await Promise.all([
    db
      .selectFrom("lottery_commitments")
      .select(["window_date", "round", "receipt"])
      .where("window_date", "in", dates)
      .execute(),
    db
      .selectFrom("lottery_reveals")
      .select(["window_date", "round", "receipt"])
      .where("window_date", "in", dates)
      .execute(),
  ]);
  for (const row of [...commitments, ...reveals]) {
    if (!row.receipt) continue;
    const key = `${row.window_date} ${row.round}`;
    byRound.set(key, [...(byRound.get(key) ?? []), row.receipt as Signed<Receipt>]);
  }
  for (const list of byRound.values()) list.sort(receiptOrder);
  return byRound;
}

/** The rounds of each of the given days, first round first (days without a window: none). */
export async function roundsOf(db: Db, dates: string[]): Promise<Map<string, RoundState[]>> {
  const out = new Map<string, RoundState[]>();
  if (dates.length === 0) return out;
  const [windows, finished, receipts] = await Promise.all([
    db
      .selectFrom("lottery_windows")
      .select([
        "date",
        "status",
        "round",
        "operator",
        "operator_commitment",
        "closes_at",
        "round_commitments_until",
        "draw_at",
        "terms",
        "terms_hash",
      ])
      .where("date", "in", dates)
      .execute(),
    db
      .selectFrom("lottery_rounds")
      .selectAll()
      .where("window_date", "in", dates)
      .orderBy("round")
      .execute(),
    receiptsOf(db, dates),
  ]);
  for (const window of windows) {
    const operator = window.operator;
    const rounds: RoundState[] = finished
      .filter((row) => row.window_date === window.date)
      .map((row) => ({
        round: row.round,
        status: row.status,
        operator,
        operatorCommitment: row.operator_commitment,
        commitmentsUntil: row.commitments_until.toISOString(),
        drawAt: row.draw_at.toISOString(),
        termsHash: row.terms_hash,
        terms: termsOfRecord(row.published),
        receipts: receipts.get(`${window.date} ${row.round}`) ?? [],
      }));
    if (!rounds.some((round) => round.round === window.round)) {
      rounds.push({
        round: window.round,
        status: window.terms_hash === null ? "committing" : "revealing",
        operator,
        operatorCommitment: window.operator_commitment,
        commitmentsUntil: commitmentsUntil(window).toISOString(),
        drawAt: window.draw_at.toISOString(),
        termsHash: window.terms_hash,
        terms: window.terms as Signed<DrawTerms> | null,
        receipts: receipts.get(`${window.date} ${window.round}`) ?? [],
      });
    }
    out.set(window.date, rounds);
  }
  return out;
}
