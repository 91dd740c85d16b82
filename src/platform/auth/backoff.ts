/**
 * Throttle schedules (pure). The back-off: after `free` failures in a row, each further failure
 * blocks the key for twice as long as the one before, from `baseSeconds` up to `maxSeconds`;
 * failures are forgotten after `forgetAfterSeconds` without one (password-reset requests, the
 * locator). The attempt limits below are for sign-in, the second factor and sign-up, where an
 * attempt is counted before its work (docs/api-auth.md, "Throttling").
 */
export interface BackoffPolicy {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  forgetAfterSeconds: number;
}

export const identifierBackoff: BackoffPolicy = {
  free: 5,
  baseSeconds: 1,
  maxSeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

export const addressBackoff: BackoffPolicy = {
  free: 20,
  baseSeconds: 1,
  maxSeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** Seconds the key is blocked after its `failures`-th failure in a row. */
export function blockSeconds(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 40);
  return Math.min(policy.baseSeconds * 2 ** doublings, policy.maxSeconds);
}

/** How many failures count, given the one before was `sinceLastSeconds` ago. */
export function failuresAfter(
  previous: number,
  sinceLastSeconds: number,
  policy: BackoffPolicy,
): number {
  return sinceLastSeconds > policy.forgetAfterSeconds ? 1 : previous + 1;
}

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

/** When a window opened at `now` ends. */
export function windowEnd(now: Date, limit: AttemptLimit): Date {
  return new Date(now.getTime() + limit.windowSeconds * 1000);
}
