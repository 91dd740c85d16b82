/**
 * Throttle limits (pure): fixed windows of attempts, each counted before the work it pays for
 * (docs/api-auth.md, "Throttling"): sign-in, the second factor, sign-up, password-reset
 * requests and the detainee locator.
 */
/** Whole seconds until `blockedUntil`, at least 1 while it is in the future (Retry-After). */
export function retryAfterSeconds(blockedUntil: Date, now: Date): number {
  const ms = blockedUntil.getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.max(1, Math.ceil(ms / 1000));
}

/**
 * A fixed window of attempts: at most `attempts` from the first one on, for `windowSeconds`.
 * A refused attempt does not count in the bucket that refused it, so a burst cannot make the
 * window longer than it is.
 */
export interface AttemptLimit {
  attempts: number;
  windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;

/** Passwords from a device not known for the account, per identifier typed (known or not). */
export const signInPerIdentifier: AttemptLimit = { attempts: 10, windowSeconds: FIFTEEN_MINUTES };
/** Passwords from a device not known for the account, per client address, any identifier. */
export const signInPerAddress: AttemptLimit = { attempts: 30, windowSeconds: FIFTEEN_MINUTES };
/** Passwords from a device known for the account: its own bucket, and nothing else. */
export const signInPerKnownDevice: AttemptLimit = { attempts: 20, windowSeconds: FIFTEEN_MINUTES };
/** Second-factor codes in one pending sign-in. */
export const secondFactorPerSignIn: AttemptLimit = { attempts: 5, windowSeconds: FIFTEEN_MINUTES };
/** Second-factor codes per account, from devices not known for it. */
export const secondFactorPerAccount: AttemptLimit = {
  attempts: 10,
  windowSeconds: FIFTEEN_MINUTES,
};
/** Second-factor codes per account from one device known for it. */
export const secondFactorPerKnownDevice: AttemptLimit = {
  attempts: 10,
  windowSeconds: FIFTEEN_MINUTES,
};
/** Account sign-ups per client address (shelters and mobile networks share addresses). */
export const signUpPerAddress: AttemptLimit = { attempts: 30, windowSeconds: 60 * 60 };
/** Password-reset mails per identifier typed: enough for a lost mail or two, not a flood. */
export const resetPerIdentifier: AttemptLimit = { attempts: 5, windowSeconds: 60 * 60 };
/** Password-reset requests per client address, any identifier. */
export const resetPerAddress: AttemptLimit = { attempts: 20, windowSeconds: 60 * 60 };
/** Detainee locator searches per client address (a family searching, not a scraper). */
export const locatorPerAddress: AttemptLimit = { attempts: 20, windowSeconds: 60 };

/** When a window opened at `now` ends. */
export function windowEnd(now: Date, limit: AttemptLimit): Date {
  return new Date(now.getTime() + limit.windowSeconds * 1000);
}
