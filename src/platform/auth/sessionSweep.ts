import type { Services } from "../services.ts";
import { purgeExpiredSessions } from "./sessions.ts";

/** How often every server process removes sessions past their timeouts. */
export const SESSION_SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Removes expired sessions on a timer, not only when someone signs in: a session past its idle
 * or absolute timeout is refused at once, but its row (which names the account) should not
 * outlive it by days on a quiet server.
 */
export function startSessionSweep(
  services: Pick<Services, "db" | "clock" | "sessionTimeouts">,
  intervalMs: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => purgeExpiredSessions(services.db, services.clock(), services.sessionTimeouts);
  const timer = setInterval(() => {
    running = running.then(sweep).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
