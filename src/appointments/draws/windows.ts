import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { recordedChanges } from "../../policy/store.ts";
import { commit } from "../lottery/index.ts";
import { lotteryParameters } from "../rules.ts";
import {
  type CapacityChange,
  capacitiesOn,
  type ShownStatus,
  shownStatus,
  windowSchedule,
  windowTimes,
} from "../window.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface WindowRow {
  date: string;
  opensAt: string;
  closesAt: string;
  drawAt: string;
  appointmentDate: string;
  stored: "open" | "closed" | "drawn" | "void";
  /** The current round: 1, and one more after each void round. */
  round: number;
  operator: string;
  operatorCommitment: string;
  capacities: { port: string; places: number }[];
}

/** Dates whose window row exists, per database: rows are never deleted, so this stays true. */
const knownWindows = new WeakMap<Db, Set<string>>();

/** Administrators' changes of a port's places a day, from the policy log. */
export async function capacityChanges(db: Db): Promise<CapacityChange[]> {
  const rows = await recordedChanges(db);
  return rows.flatMap((row) => {
    if (row.kind !== "portPlaces") return [];
    const data = row.data as { port: string; places: number; from: string };
    return [
      {
        port: data.port,
        effectiveFrom: data.from,
        places: data.places,
        at: row.recorded_at.toISOString(),
      },
    ];
  });
}

/**
 * Makes the window of a day exist, with the operator's secret seed and its published commitment
 * for round 1 (docs/lottery.md: committed before the window opens) and the day's places, from
 * policy (an administrator's change still applies until the window opens; the close fixes them).
 * Any process may call it; the first insert wins and the others keep that one.
 */
export async function ensureWindow(db: Db, date: string): Promise<void> {
  let known = knownWindows.get(db);
  if (!known) {
    known = new Set();
    knownWindows.set(db, known);
  }
  if (known.has(date)) return;
  const times = windowTimes(date);
  const seed = randomBytes(32).toString("hex");
  const capacities = capacitiesOn(times.appointmentDate, await capacityChanges(db));
  await db
    .insertInto("lottery_windows")
    .values({
      date,
      opens_at: new Date(times.opensAt),
      closes_at: new Date(times.closesAt),
      draw_at: new Date(times.drawAt),
      appointment_date: times.appointmentDate,
      status: "open",
      operator: windowSchedule.operator,
      operator_seed: seed,
      operator_commitment: commit(seed, { date, round: 1, party: windowSchedule.operator }),
      capacities: JSON.stringify(capacities),
      parameters: JSON.stringify(lotteryParameters),
    })
    .onConflict((oc) => oc.column("date").doNothing())
    .execute();
  known.add(date);
}

export async function findWindow(db: Db, date: string): Promise<WindowRow | null> {
  const row = await db
    .selectFrom("lottery_windows")
    .select([
      "date",
      "opens_at",
      "closes_at",
      "draw_at",
      "appointment_date",
      "status",
      "round",
      "operator",
      "operator_commitment",
      "capacities",
    ])
    .where("date", "=", date)
    .executeTakeFirst();
  if (!row) return null;
  return {
    date: row.date,
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    drawAt: row.draw_at.toISOString(),
    appointmentDate: row.appointment_date,
    stored: row.status,
    round: row.round,
    operator: row.operator,
    operatorCommitment: row.operator_commitment,
    capacities: row.capacities,
  };
}

export function statusOf(
  window: Pick<WindowRow, "stored" | "opensAt" | "closesAt">,
  now: Date,
): ShownStatus {
  return shownStatus(window.stored, window, now.toISOString());
}
