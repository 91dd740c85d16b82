/**
 * Registrations held for review: the identity check was unsure whether a person in them is
 * already registered (names the other way round, a very similar name, day and month swapped).
 * A CBP officer sees each held person beside the registered people the check finds close, and
 * accepts the registration (it becomes active) or refuses it, with the reason the applicant is
 * told. The decision, its author and its reason stay on the registration; the audit log records
 * who decided which registration, never names or the reason's text (8 CFR 208.6).
 */
import type { Kysely } from "kysely";
import { nativeName } from "../../cases/persons.ts";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { type MatchCode, matchPerson } from "../identity/index.ts";
import type { RegistrationPeopleTable } from "../tables.ts";
import { personKeys } from "./identity.ts";
import { reviewDecisionMail } from "./reviewMail.ts";

/** Most held registrations one answer lists (oldest first). */
export const HELD_PAGE = 100;

/** What the officer compares of each registered person. */
const personColumns = [
  "registration_id",
  "position",
  "given_name",
  "family_name",
  "native_given_name",
  "native_family_name",
  "date_of_birth",
  "nationality",
] as const;
type PersonRow = Pick<RegistrationPeopleTable, (typeof personColumns)[number]>;

function personView(row: PersonRow) {
  return {
    givenName: row.given_name,
    familyName: row.family_name,
    nativeName: nativeName(row),
    dateOfBirth: row.date_of_birth,
    nationality: row.nationality,
  };
}

const record = (row: PersonRow) => ({
  givenName: row.given_name,
  familyName: row.family_name,
  dateOfBirth: row.date_of_birth,
});

/** How many registrations are held now (the list shows the oldest HELD_PAGE of them). */
export async function heldCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("appointment_registrations")
    .select((eb) => eb.fn.countAll<number>().as("held"))
    .where("status", "=", "review")
    .executeTakeFirstOrThrow();
  return Number(row.held);
}

/** The held registrations, oldest first, each person with the registered people close to them. */
export async function heldRegistrations(db: Kysely<Database>) {
  const held = await db
    .selectFrom("appointment_registrations")
    .select(["id", "created_at", "language", "review_reason"])
    .where("status", "=", "review")
    .orderBy("created_at")
    .orderBy("id")
    .limit(HELD_PAGE)
    .execute();
  if (held.length === 0) return [];
  const people = await db
    .selectFrom("registration_people")
    .select(personColumns)
    .where(
      "registration_id",
      "in",
      held.map((row) => row.id),
    )
    .orderBy("registration_id")
    .orderBy("position")
    .execute();
  const keys = people.map((person) => personKeys(record(person)).lookups);
  const candidates =
    keys.length === 0
      ? []
      : await db
          .selectFrom("registration_people as p")
          .innerJoin("appointment_registrations as r", "r.id", "p.registration_id")
          .select(personColumns.map((column) => `p.${column}` as const))
          .select("r.status")
          .where((eb) =>
            eb.or([
              eb(
                "p.family_block",
                "in",
                keys.flatMap((k) => k.family),
              ),
              eb(
                "p.given_block",
                "in",
                keys.flatMap((k) => k.given),
              ),
              eb(
                "p.names_block",
                "in",
                keys.flatMap((k) => k.names),
              ),
            ]),
          )
          .execute();
  return held.map((registration) => ({
    id: registration.id,
    createdAt: registration.created_at.toISOString(),
    language: registration.language,
    reason: registration.review_reason ?? "",
    people: people
      .filter((person) => person.registration_id === registration.id)
      .map((person) => ({
        position: person.position,
        ...personView(person),
        matches: candidates
          .filter((other) => other.registration_id !== registration.id)
          .flatMap((other) => {
            const { verdict, code } = matchPerson(record(person), [
              { id: other.registration_id, ...record(other) },
            ]);
            if (verdict === "distinct") return [];
            return [
              {
                registrationId: other.registration_id,
                registrationStatus: other.status,
                ...personView(other),
                code: code as Exclude<MatchCode, "identity.distinct">,
              },
            ];
          }),
      })),
  }));
}

export type ReviewDecision = "accepted" | "refused";

export type ReviewOutcome = { ok: true; status: "active" | "refused" } | Failure;

/**
 * An officer's decision on a held registration. Only a registration still held can be decided:
 * the row is read FOR UPDATE, so of two officers deciding at once the second gets a conflict.
 * The applicant's notice in their language goes into the outbox with the decision.
 */
export function decideHeldRegistration(
  services: Services,
  officer: SessionAccount,
  write: Write,
  id: string,
  decision: ReviewDecision,
  reason: string,
): Promise<ReviewOutcome> {
  const now = services.clock();
  return inTransaction(services, write, async (unit): Promise<ReviewOutcome> => {
    const registration = await unit.trx
      .selectFrom("appointment_registrations as r")
      .innerJoin("accounts as a", "a.id", "r.account_id")
      .select(["r.status", "r.language", "r.contact_email", "a.email"])
      .where("r.id", "=", id)
      .forUpdate("r")
      .executeTakeFirst();
    if (!registration) {
      return {
        ok: false,
        kind: "missing",
        code: "not-found",
        detail: "The registration was not found.",
      };
    }
    if (registration.status !== "review") {
      return {
        ok: false,
        kind: "conflict",
        code: "already-reviewed",
        detail: `The registration is not held for review (it is ${registration.status}); another officer may have decided it.`,
      };
    }
    const status = decision === "accepted" ? ("active" as const) : ("refused" as const);
    await unit.trx
      .updateTable("appointment_registrations")
      .set({
        status,
        reviewed_at: now,
        reviewed_by: write.actor,
        reviewed_by_name: officer.displayName ?? "CBP officer",
        review_decision: decision,
        review_note: reason,
      })
      .where("id", "=", id)
      .execute();
    unit.audit({ type: "registration", id, details: { decision } });
    const to = registration.contact_email ?? registration.email;
    if (to) {
      await unit.send({
        ...reviewDecisionMail(to, registration.language, decision, reason),
        purpose: "registration-review",
      });
    }
    return { ok: true, status };
  });
}
