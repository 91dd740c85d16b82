import { generate } from "otplib";

const PERIOD_SECONDS = 30;

/** The last time step used per secret: the server never accepts a step twice (no replay). */
const lastStep = new Map<string, number>();

/** How far the server's clock runs ahead of this machine's (CLOCK_OFFSET_SECONDS), in ms. */
let serverClockOffsetMs = 0;

/** Codes for a server started with CLOCK_OFFSET_SECONDS are computed at the server's time. */
export function setServerClockOffset(seconds: number): void {
  serverClockOffsetMs = seconds * 1000;
}

function currentStep(): number {
  return Math.floor((Date.now() + serverClockOffsetMs) / 1000 / PERIOD_SECONDS);
}

/**
 * A TOTP code the server will accept now: the current step's, or, when that step was already used
 * for this secret, the next one's (the server allows one step of drift); waits out the rest.
 */
export async function totpCode(secret: string): Promise<string> {
  const used = lastStep.get(secret);
  let step = currentStep();
  if (used !== undefined && step <= used) step = used + 1;
  while (step > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  lastStep.set(secret, step);
  return generate({ secret, epoch: step * PERIOD_SECONDS });
}
