import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { sha256 } from "./tokens.ts";

/**
 * TOTP (RFC 6238): SHA-1, 6 digits, 30-second steps, as every authenticator app expects. A code
 * from the step before or after the server's is accepted (clock drift, RFC 6238 section 5.2),
 * and a step once used is never accepted again for that account (no replay).
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUri(secret: string, label: string): string {
  return generateURI({ issuer: "Haven", label, secret });
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The step the code belongs to when it is valid at `now` and newer than `lastStep`. */
export async function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): Promise<{ ok: true; step: number } | { ok: false }> {
  if (!/^[0-9]{6}$/.test(code)) return { ok: false };
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
      ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
    });
    if (!result.valid) return { ok: false };
    const step = (result as { timeStep?: number }).timeStep;
    return typeof step === "number" ? { ok: true, step } : { ok: false };
  } catch {
    return { ok: false };
  }
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten single-use codes like `k7m2p-x9qrt`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    );
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
}

export function recoveryCodeHash(code: string): string {
  return sha256(`recovery:${code.toLowerCase().replace(/[^a-z0-9]/g, "")}`);
}
