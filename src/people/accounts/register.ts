import { recordAudit } from "../../platform/audit/record.ts";
import { addressBackoff } from "../../platform/auth/backoff.ts";
import { hashPassword } from "../../platform/auth/password.ts";
import { passwordProblem } from "../../platform/auth/passwordPolicy.ts";
import { rotateSession, type Session, type SessionAccount } from "../../platform/auth/sessions.ts";
import { addressKey, recordFailure, throttleWait } from "../../platform/auth/throttle.ts";
import type { Services } from "../../platform/services.ts";
import { findAccountByIdentifier, insertAccount } from "./store.ts";

export type RegisterOutcome =
  | { kind: "registered"; rawId: string; session: Session; account: SessionAccount }
  | { kind: "weak-password"; message: string }
  | { kind: "taken"; field: "body.email" | "body.phone" }
  | { kind: "throttled"; retryAfter: number };

/**
 * An applicant registers themselves and is signed in. An identifier that already has an account
 * cannot be registered again; that answer (409) is the one unavoidable hint that the account
 * exists, so it counts as a failed attempt against the client address, as a failed sign-in does.
 */
export async function registerApplicant(
  services: Services,
  input: { email?: string; phone?: string; password: string; preferredLanguage: string },
  previous: Session | null,
  address: string,
): Promise<RegisterOutcome> {
  const { db } = services;
  const email = input.email?.trim().toLowerCase() ?? null;
  const phone = input.phone ?? null;
  const problem = passwordProblem(input.password, [email ?? phone ?? ""]);
  if (problem) return { kind: "weak-password", message: problem };
  const key = addressKey(address);
  const wait = await throttleWait(db, [key], services.clock());
  if (wait > 0) return { kind: "throttled", retryAfter: wait };

  const identifier = email
    ? ({ kind: "email", value: email } as const)
    : ({ kind: "phone", value: phone ?? "" } as const);
  const field = email ? "body.email" : "body.phone";
  if (await findAccountByIdentifier(db, identifier)) {
    await recordFailure(db, [{ key, policy: addressBackoff }], services.clock());
    return { kind: "taken", field };
  }
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
      return { kind: "registered" as const, rawId: created.id, session: created.session, account };
    });
  } catch (error) {
    // Two registrations of one identifier at once: the unique key lets one through.
    if ((error as { code?: string }).code === "23505") return { kind: "taken", field };
    throw error;
  }
}
