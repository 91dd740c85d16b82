/**
 * The lottery's clock: every server process runs this loop, and correctness never depends on
 * there being one. Each tick makes today's and tomorrow's windows exist (so the operator's
 * commitment is published before a window opens), closes windows whose closing time has passed
 * (fixing round 1's terms), fixes the terms of a later round whose commitments have closed, and
 * draws rounds whose draw time has passed (the outbox sends the confirmations). A void round's
 * draw starts the next round, which this loop then carries through the same steps. The windows
 * table is the job table: each step locks the window's row (FOR UPDATE) and checks its status, so
 * a step done by another process is simply found done. (Why not pg-boss: the jobs are exactly
 * "this row is due", the row lock already gives once-only execution on PostgreSQL and PGlite,
 * and a second queue would be a second source of truth for the same state.)
 */
import { addCalendarDays } from "../../core/calendar.ts";
import type { Services } from "../../platform/services.ts";
import { currentWindowDate } from "../window.ts";
import { closeWindow, drawWindow } from "./runDraw.ts";
import { ensureWindow } from "./windows.ts";

export const SCHEDULER_ACTOR = "system:lottery-scheduler";

export async function lotteryTick(services: Services): Promise<void> {
  const now = services.clock();
  const today = currentWindowDate(now.toISOString());
  await ensureWindow(services.db, today);
  await ensureWindow(services.db, addCalendarDays(today, 1));
  const due = await services.db
    .selectFrom("lottery_windows")
    .select(["date", "draw_at"])
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "open"), eb("closes_at", "<=", now)]),
        eb.and([eb("status", "=", "closed"), eb("draw_at", "<=", now)]),
        eb.and([
          eb("status", "=", "closed"),
          eb("terms_hash", "is", null),
          eb("round_commitments_until", "<=", now),
        ]),
      ]),
    )
    .orderBy("date")
    .execute();
  for (const window of due) {
    if (window.draw_at <= now) {
      await drawWindow(services, window.date, { actor: SCHEDULER_ACTOR, action: "lottery.draw" });
    } else {
      await closeWindow(services, window.date, { actor: SCHEDULER_ACTOR, action: "lottery.close" });
    }
  }
}

export function startLotteryScheduler(
  services: Services,
  intervalMs: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = lotteryTick(services)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
