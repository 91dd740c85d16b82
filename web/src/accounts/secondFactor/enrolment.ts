import { type Enrolment, startEnrolment } from "../authApi.ts";

let pending: Promise<Enrolment> | null = null;

/**
 * Starts the enrolment once per visit: a second call (React runs effects twice in development)
 * gets the same secret instead of replacing it on the server behind the page's back.
 */
export function enrolmentOnce(): Promise<Enrolment> {
  pending ??= startEnrolment().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

/** After confirming (or leaving), the next visit starts afresh. */
export function forgetEnrolment(): void {
  pending = null;
}
