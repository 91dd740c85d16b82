/**
 * When a session ends (pure): after `idleMinutes` without a request, or `absoluteHours` after it
 * began, whichever comes first (OWASP Session Management: idle and absolute timeouts).
 */
export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

export const defaultSessionTimeouts: SessionTimeouts = { idleMinutes: 30, absoluteHours: 12 };

export function sessionExpired(
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  timeouts: SessionTimeouts,
): boolean {
  const idleMs = timeouts.idleMinutes * 60_000;
  const absoluteMs = timeouts.absoluteHours * 3_600_000;
  return (
    now.getTime() - session.lastSeenAt.getTime() >= idleMs ||
    now.getTime() - session.createdAt.getTime() >= absoluteMs
  );
}

/** Writing `last_seen_at` on every request is waste; once a minute is precise enough. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= 60_000;
}

/** The cookie's Max-Age: what is left of the absolute lifetime. */
export function cookieMaxAgeSeconds(createdAt: Date, now: Date, timeouts: SessionTimeouts): number {
  const end = createdAt.getTime() + timeouts.absoluteHours * 3_600_000;
  return Math.max(0, Math.floor((end - now.getTime()) / 1000));
}
