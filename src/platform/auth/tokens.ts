import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url: session ids, CSRF tokens, invitation and reset tokens. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** How secrets are stored: the SHA-256 of the token, never the token itself. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
