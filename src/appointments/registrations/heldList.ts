/**
 * The officer's list of registrations held for review, a page at a time, oldest first: each
 * person beside the registered people the identity check found when the registration was made
 * (or claimed), read from the stored matches (at most MATCHES_KEPT a person, with the count of
 * the rest), so one request does bounded work however many people share a date of birth.
 */
import type { Kysely } from "kysely";
import { nativeName } from "../../cases/persons.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { RegistrationPeopleTable } from "../tables.ts";
import { encodeCursor, type HeldCursor } from "./heldCursor.ts";

/** What the officer compares of each registered person. */
const personColumns = [
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

/** How many registrations are held now. */
export async function heldCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("appointment_registrations")
    .select((eb) => eb.fn.countAll<number>().as("held"))
    .where("held_since", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.held);
}

/** One page of the held registrations after `after` (from the oldest when null). */
export async function heldRegistrations(
  db: Kysely<Database>,
  page: { limit: number; after: HeldCursor | null },
) {
  let query = db
    .selectFrom("appointment_registrations")
    .select(["id", "created_at", "held_since", "language", "review_reason"])
    .where("held_since", "is not", null);
  if (page.after) {
    const { heldSince, id } = page.after;
    query = query.where((eb) =>
      eb(eb.refTuple("held_since", "id"), ">", eb.tuple(eb.val(heldSince), eb.val(id))),
    );
  }
  const rows = await query
    .orderBy("held_since")
    .orderBy("id")
    .limit(page.limit + 1)
    .execute();
  const held = rows.slice(0, page.limit);
  const last = held.at(-1);
  const next =
    rows.length > page.limit && last?.held_since
      ? encodeCursor({ heldSince: last.held_since, id: last.id })
      : null;
  if (held.length === 0) return { registrations: [], next };
  const ids = held.map((row) => row.id);
  const [people, matches, claims] = await Promise.all([
    db
      .selectFrom("registration_people")
      .select(["registration_id", "position", ...personColumns])
      .where("registration_id", "in", ids)
      .orderBy("registration_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("registration_matches as m")
      .innerJoin("registration_people as p", (join) =>
        join
          .onRef("p.registration_id", "=", "m.matched_registration_id")
          .onRef("p.position", "=", "m.matched_position"),
      )
      .innerJoin("appointment_registrations as r", "r.id", "m.matched_registration_id")
      .select(["m.registration_id", "m.position", "m.code", "m.found", "r.status", "r.held_since"])
      .select(["m.matched_registration_id", ...personColumns.map((c) => `p.${c}` as const)])
      .where("m.registration_id", "in", ids)
      .orderBy("m.registration_id")
      .orderBy("m.position")
      .orderBy("m.rank")
      .execute(),
    db
      .selectFrom("registration_claims")
      .select(["registration_id", "statement", "made_at"])
      .where("registration_id", "in", ids)
      .where("reviewed_at", "is", null)
      .orderBy("made_at")
      .execute(),
  ]);
  const registrations = held.map((registration) => ({
    id: registration.id,
    createdAt: registration.created_at.toISOString(),
    heldSince: registration.held_since?.toISOString() ?? registration.created_at.toISOString(),
    language: registration.language,
    reason: registration.review_reason ?? "",
    claims: claims
      .filter((claim) => claim.registration_id === registration.id)
      .map((claim) => ({ statement: claim.statement, madeAt: claim.made_at.toISOString() })),
    people: people
      .filter((person) => person.registration_id === registration.id)
      .map((person) => {
        const own = matches.filter(
          (m) => m.registration_id === registration.id && m.position === person.position,
        );
        return {
          position: person.position,
          ...personView(person),
          matches: own.map((match) => ({
            registrationId: match.matched_registration_id,
            registrationStatus:
              match.status === "refused"
                ? ("refused" as const)
                : match.held_since
                  ? ("review" as const)
                  : ("active" as const),
            ...personView(match),
            code: match.code,
          })),
          moreMatches: Math.max(0, (own[0]?.found ?? 0) - own.length),
        };
      }),
  }));
  return { registrations, next };
}
