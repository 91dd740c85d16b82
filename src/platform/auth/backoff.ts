/**
 * The login back-off schedule (pure): after `free` failures in a row, each further failure blocks
 * the key for twice as long as the one before, from `baseSeconds` up to `maxSeconds`. Failures
 * are forgotten after `forgetAfterSeconds` without one. Two keys are throttled: the identifier
 * typed (so an account, or a guessed one, cannot be tried fast from many addresses) and the
 * client address (so one address cannot try many accounts).
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
