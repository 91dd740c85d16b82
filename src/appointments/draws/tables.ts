/**
 * What migration 0021 adds to the lottery's tables, merged into their types (declaration
 * merging): a window's current round and its signed terms, each commitment's and reveal's round
 * and receipt, and the finished rounds.
 */
import type { ColumnType, Generated, JSONColumnType } from "kysely";
import type { DrawTerms, Receipt, Signed } from "../lottery/index.ts";

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface LotteryRoundsTable {
  window_date: string;
  round: number;
  status: "drawn" | "void";
  operator_commitment: string;
  commitments_until: Date;
  draw_at: Date;
  /** null for a round drawn before rounds had terms (a record of format v1). */
  terms_hash: string | null;
  published: JSONColumnType<Record<string, unknown>>;
  finished_at: Date;
}

declare module "../tables.ts" {
  interface LotteryWindowsTable {
    /** The current round: 1, and one more after each void round. */
    round: Generated<number>;
    /** Until when a round after the first takes commitments (round 1's close with the window). */
    round_commitments_until: Nullable<Date>;
    /** The current round's terms, signed when its commitments closed; null before. */
    terms: JSONColumnType<Signed<DrawTerms>> | null;
    terms_hash: Nullable<string>;
  }
  interface LotteryCommitmentsTable {
    round: Generated<number>;
    /** The signed receipt given to the party. */
    receipt: JSONColumnType<Signed<Receipt>> | null;
  }
  interface LotteryRevealsTable {
    round: Generated<number>;
    receipt: JSONColumnType<Signed<Receipt>> | null;
  }
}

declare module "../../platform/database/schema.ts" {
  interface Database {
    lottery_rounds: LotteryRoundsTable;
  }
}
