/**
 * "Someone registered in my name": an applicant's claim on their own registration. The claim is
 * recorded, the registration's people are checked again against everyone registered (the
 * matches stored afresh, strongest first), and the registration is put before the officer with
 * the claim beside it; the officer may then void the registrations made in the claimant's name
 * (review.ts). The answer is the same whether or not anyone matches (8 CFR 208.6); the claim's
 * words are for the officer alone, never in the audit log or the server's log.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { rankMatches } from "../identity/index.ts";
import { personKeys } from "./identity.ts";
import { registrationMissing } from "./missing.ts";
import { MATCHES_KEPT } from "./writeBatch.ts";

/** Why a claimed registration is held, for the officer (the applicant never reads it). */
export const CLAIM_REASON =
  "The applicant says that someone else registered in their name: compare the matches and void any registration made in the applicant's name.";

export type ClaimOutcome = { ok: true } | Failure;

export function claimRegistration(
  services: Services,
  accountId: string,
  write: Write,
  registrationId: string,
  statement: string,
): Promise<ClaimOutcome> {
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }): Promise<ClaimOutcome> => {
    const registration = await trx
      .selectFrom("appointment_registrations")
      .select("id")
      .where("id", "=", registrationId)
      .where("account_id", "=", accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!registration) {
      return registrationMissing;
    }
    const id = randomUUID();
    await trx
      .insertInto("registration_claims")
      .values({ id, registration_id: registrationId, statement, made_at: now })
      .execute();
    await storeMatchesAgain(trx, registrationId);
    await trx
      .updateTable("appointment_registrations")
      .set((eb) => ({
        held_since: eb.fn.coalesce("held_since", eb.val(now)),
        review_reason: CLAIM_REASON,
      }))
      .where("id", "=", registrationId)
      .execute();
    audit({ type: "registration", id: registrationId, details: { claim: id } });
    return { ok: true };
  });
}

/** The registration's matches, checked again now, in place of those stored. */
async function storeMatchesAgain(trx: Transaction<Database>, registrationId: string) {
  const people = await trx
    .selectFrom("registration_people")
    .select(["position", "given_name", "family_name", "date_of_birth"])
    .where("registration_id", "=", registrationId)
    .orderBy("position")
    .execute();
  await trx
    .deleteFrom("registration_matches")
    .where("registration_id", "=", registrationId)
    .execute();
  for (const person of people) {
    const record = {
      givenName: person.given_name,
      familyName: person.family_name,
      dateOfBirth: person.date_of_birth,
    };
    const { lookups } = personKeys(record);
    const candidates = await trx
      .selectFrom("registration_people")
      .select(["registration_id", "position", "given_name", "family_name", "date_of_birth"])
      .where("registration_id", "<>", registrationId)
      .where((eb) =>
        eb.or([
          eb("family_block", "in", lookups.family),
          eb("given_block", "in", lookups.given),
          eb("names_block", "in", lookups.names),
        ]),
      )
      .execute();
    const ranked = rankMatches(
      record,
      candidates.map((row) => ({
        id: `${row.registration_id}/${row.position}`,
        givenName: row.given_name,
        familyName: row.family_name,
        dateOfBirth: row.date_of_birth,
        row,
      })),
      MATCHES_KEPT,
    );
    if (ranked.kept.length === 0) continue;
    await trx
      .insertInto("registration_matches")
      .values(
        ranked.kept.map((match, rank) => ({
          registration_id: registrationId,
          position: person.position,
          rank,
          matched_registration_id: match.person.row.registration_id,
          matched_position: match.person.row.position,
          code: match.code,
          found: ranked.found,
        })),
      )
      .execute();
  }
}
