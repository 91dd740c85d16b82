/**
 * How many registrations and claims an account, and a client address, may send in a day. Each is
 * counted before its work, in the statement that checks the limit (platform/auth/throttle.ts), so
 * a burst cannot get past it; the account's bucket comes first, so an account over its own limit
 * does not spend the address's (an address may be a shelter's, shared by many).
 * The limits keep the identity check from being asked about many people: it tells the asker
 * nothing, but an officer's review follows every match (8 CFR 208.6).
 */
import type { AttemptLimit } from "../../platform/auth/backoff.ts";
import { bucketKey, type Reservation, reserveAttempt } from "../../platform/auth/throttle.ts";
import type { Services } from "../../platform/services.ts";

const DAY = 24 * 60 * 60;

export const registrationLimits = {
  /** Twice the registrations an account may hold (writeBatch.ts), for mistakes and retries. */
  registrationPerAccount: { attempts: 10, windowSeconds: DAY },
  /** Ten an hour for a working day: a shelter's connection, many applicants behind it. */
  registrationPerAddress: { attempts: 300, windowSeconds: DAY },
  claimPerAccount: { attempts: 3, windowSeconds: DAY },
  claimPerAddress: { attempts: 30, windowSeconds: DAY },
} satisfies Record<string, AttemptLimit>;

export type Counted = "registration" | "claim";

/** The bucket keys of an account's and an address's registrations or claims. */
export function registrationBuckets(counted: Counted, accountId: string, address: string) {
  return [
    {
      key: bucketKey(`${counted}-account`, accountId),
      limit: registrationLimits[`${counted}PerAccount`],
    },
    {
      key: bucketKey(`${counted}-address`, address),
      limit: registrationLimits[`${counted}PerAddress`],
    },
  ];
}

/** Counts one registration or claim of the account from the address; refused when over a limit. */
export function reserveRegistrationAttempt(
  services: Services,
  counted: Counted,
  accountId: string,
  address: string,
): Promise<Reservation> {
  return reserveAttempt(
    services.db,
    registrationBuckets(counted, accountId, address),
    services.clock(),
  );
}
