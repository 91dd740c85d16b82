import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), which
 * the README states. The parameters travel inside each hash (PHC string), so raising them later
 * leaves old hashes verifiable; `needsRehash` tells when one should be replaced at sign-in.
 */
export const ARGON2_PARAMETERS = {
  algorithm: 2 as Algorithm, // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2_PARAMETERS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same work as a real check when there is no account, so that the time an answer
 * takes does not tell whether the account exists.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword("haven: no such account, but the same work");
  await verifyPassword(await dummy, password);
  return false;
}
