import type { Kysely } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { registrationJob } from "../registrations/register.ts";
import type { PersonInput } from "../registrations/schemas.ts";

/** Eight people, all Ivan, all born on one day: every family registered again matches the last. */
const FAMILY_NAMES = [
  "Orlov",
  "Belov",
  "Popov",
  "Sidorov",
  "Gusev",
  "Zaitsev",
  "Morozov",
  "Lebedev",
];

/** How many people each namesake registration holds. */
export const NAMESAKES = FAMILY_NAMES.length;

const namesakes: PersonInput[] = FAMILY_NAMES.map((familyName) => ({
  givenName: "Ivan",
  familyName,
  dateOfBirth: "1980-01-01",
  nationality: "RU",
  languages: ["ru"],
}));

/**
 * `count` applicant accounts (e-mail `ivan.<n>@<domain>`), each registering the same eight
 * namesakes, the n-th `spacingMs` after `from`: the held list's worst case (finding 5), for the
 * held-list test and benchmark. The jobs are for the real batch writer.
 */
export async function namesakeRegistrations(
  db: Kysely<Database>,
  options: { count: number; domain: string; from: string; spacingMs: number },
) {
  const accounts = await db
    .insertInto("accounts")
    .values(
      Array.from({ length: options.count }, (_, n) => ({
        email: `ivan.${n}@${options.domain}`,
        password_hash: "not-a-password",
        role: "applicant" as const,
        preferred_language: "ru",
      })),
    )
    .returning("id")
    .execute();
  return accounts.map((account, n) =>
    registrationJob({
      accountId: account.id,
      actor: `account:${account.id}`,
      input: {
        principal: namesakes[0] as PersonInput,
        members: namesakes.slice(1),
        contact: {},
        preferredPorts: ["laredo"],
        language: "ru",
        requestCurrentWindow: false,
      },
      windowDate: null,
      now: new Date(Date.parse(options.from) + n * options.spacingMs),
    }),
  );
}
