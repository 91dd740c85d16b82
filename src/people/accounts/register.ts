import { recordAudit } from "../../platform/audit/record.ts";
import { signUpPerAddress } from "../../platform/auth/backoff.ts";
import { hashPassword } from "../../platform/auth/password.ts";
import { passwordProblem } from "../../platform/auth/passwordPolicy.ts";
import { rotateSession, type Session, type SessionAccount } from "../../platform/auth/sessions.ts";
import { bucketKey, reserveAttempt } from "../../platform/auth/throttle.ts";
import type { Services } from "../../platform/services.ts";
import { rememberDevice } from "./signIn.ts";
import { findAccountByIdentifier, insertAccount } from "./store.ts";

export type RegisterOutcome =
  | {
      kind: "registered";
      rawId: string;
      session: Session;
      account: SessionAccount;
      /** The device cookie to set: the new account is signed in on this browser. */
      device: string;
    }
  | { kind: "weak-password"; message: string }
  | { kind: "taken"; field: "body.email" | "body.phone" }
  | { kind: "throttled"; retryAfter: number };

/**
 * An applicant registers themselves and is signed in. Every sign-up that gets past the password
 * rules is counted per client address before anything is looked up or hashed, whatever comes of
 * it. An identifier that already has an account cannot be registered again; that answer (409) is
 * the one unavoidable hint that the account exists, and the same count keeps it slow.
 */
export async function registerApplicant(
  services: Services,
  input: { email?: string; phone?: string; password: string; preferredLanguage: string },
  previous: Session | null,
  address: string,
  device: string | null,
): Promise<RegisterOutcome> {
  const { db } = services;
  const email = input.email?.trim().toLowerCase() ?? null;
  const phone = input.phone ?? null;
  const problem = passwordProblem(input.password, [email ?? phone ?? ""]);
  if (problem) return { kind: "weak-password", message: problem };
  const reservation = await reserveAttempt(
    db,
    [{ key: bucketKey("sign-up-address", address), limit: signUpPerAddress }],
    services.clock(),
  );
  if (!reservation.ok) return { kind: "throttled", retryAfter: reservation.retryAfter };

  const identifier = email
    ? ({ kind: "email", value: email } as const)
    : ({ kind: "phone", value: phone ?? "" } as const);
  const field = email ? "body.email" : "body.phone";
  if (await findAccountByIdentifier(db, identifier)) return { kind: "taken", field };
  const passwordHash = await hashPassword(input.password);
  const now = services.clock();
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await insertAccount(trx, {
        email,
        phone,
        passwordHash,
        role: "applicant",
        preferredLanguage: input.preferredLanguage,
      });
      const created = await rotateSession(trx, previous, id, false, now);
      await recordAudit(trx, {
        actor: `account:${id}`,
        action: "auth.register",
        subjectType: "account",
        subjectId: id,
        details: { role: "applicant" },
      });
      const account: SessionAccount = {
        id,
        role: "applicant",
        preferredLanguage: input.preferredLanguage,
        displayName: null,
        post: null,
        totpEnrolled: false,
      };
      return {
        kind: "registered" as const,
        rawId: created.id,
        session: created.session,
        account,
        device: await rememberDevice(trx, id, device, now),
      };
    });
  } catch (error) {
    // Two registrations of one identifier at once: the unique key lets one through.
    if ((error as { code?: string }).code === "23505") return { kind: "taken", field };
    throw error;
  }
}
