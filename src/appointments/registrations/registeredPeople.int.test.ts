import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haven } from "../../pathway.ts";
import { migrateToLatest } from "../../platform/database/migrate.ts";
import { createTestDatabase, type TestDatabase } from "../../testing/testDatabase.ts";
import { registrationJob } from "./register.ts";
import type { PersonInput, RegistrationInput } from "./schemas.ts";
import { type RegistrationJob, writeRegistrations } from "./writeBatch.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const olena: PersonInput = {
  givenName: "Olena",
  familyName: "Kovalenko",
  nativeGivenName: "Олена",
  nativeFamilyName: "Коваленко",
  dateOfBirth: "1988-02-11",
  nationality: "UA",
  languages: ["uk", "ru"],
};
const mykola: PersonInput = {
  givenName: "Mykola",
  familyName: "Kovalenko",
  dateOfBirth: "2015-07-30",
  nationality: "UA",
  languages: ["uk"],
};

function job(accountId: string, people: PersonInput[]): RegistrationJob {
  const input: RegistrationInput = {
    principal: people[0] as PersonInput,
    members: people.slice(1),
    contact: { email: "olena@test.haven" },
    preferredPorts: ["san_ysidro"],
    language: "uk",
    requestCurrentWindow: false,
  };
  return registrationJob({
    accountId,
    actor: `account:${accountId}`,
    input,
    windowDate: null,
    now: new Date(),
  });
}

describe("registered people (migration 0006)", () => {
  it("keep their names and match blocks down to the earlier schema and back up", async () => {
    const { db } = database.handle;
    const account = await db
      .insertInto("accounts")
      .values({
        email: "olena@test.haven",
        password_hash: "not-a-password",
        role: "applicant",
        preferred_language: "uk",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const first = job(account.id, [olena, mykola]);
    const [outcome] = await writeRegistrations(db, [first]);
    expect(outcome?.kind).toBe("registered");
    const written = await db
      .selectFrom("registration_people")
      .selectAll()
      .orderBy("position")
      .execute();

    // Down to 0005 (through 0007's down): persons, the old people rows, block rows and account links.
    const migrations = { ...haven.migrations };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo("0005_lean_registration_writes");
    expect(down.error).toBeUndefined();
    const ids = first.people.map((p) => p.personId);
    const persons = await db
      .selectFrom("persons")
      .select(["id", "native_family_name"])
      .where("id", "in", ids)
      .execute();
    expect(persons).toHaveLength(2);
    expect(persons.find((p) => p.id === ids[0])?.native_family_name).toBe("Коваленко");

    // And up again: the same rows, built from the old tables.
    expect(await migrateToLatest(db, haven.migrations)).toEqual([
      "0006_registered_people",
      "0007_registration_review",
      "0008_outbox_and_clocks",
      "0009_case_read_models",
      "0010_policy_changes",
      "0011_detainees",
      "0012_removal_flights",
      "0013_worklist_order",
      "0015_case_search",
      "0017_notices",
      "0018_sign_in_attempts",
      "0019_court_docket",
      "0020_registration_matches",
      "0021_lottery_receipts",
      "0022_sealed_totp_and_checkpoints",
    ]);
    const restored = await db
      .selectFrom("registration_people")
      .selectAll()
      .orderBy("position")
      .execute();
    expect(restored).toEqual(written);
    expect(restored[0]).toMatchObject({
      family_block: first.people[0]?.keys.blocks.family,
      given_block: first.people[0]?.keys.blocks.given,
      names_block: first.people[0]?.keys.blocks.names,
      native_given_name: "Олена",
    });

    // The blocks still find the person: registered again, each is kept and held, the match stored.
    const repeated = [
      job(account.id, [{ ...olena, givenName: "Olena", familyName: "Kovalenko" }]),
      job(account.id, [{ ...mykola, givenName: "Mikola" }]),
    ];
    const again = await writeRegistrations(db, repeated);
    expect(again.map((o) => o.kind)).toEqual(["registered", "registered"]);
    const matches = await db
      .selectFrom("registration_matches")
      .select(["registration_id", "matched_registration_id", "matched_position", "code"])
      .orderBy("registration_id")
      .execute();
    expect(matches).toHaveLength(2);
    expect(matches).toEqual(
      expect.arrayContaining([
        {
          registration_id: repeated[0]?.id,
          matched_registration_id: first.id,
          matched_position: 0,
          code: "identity.duplicate.same-name",
        },
        {
          registration_id: repeated[1]?.id,
          matched_registration_id: first.id,
          matched_position: 1,
          code: "identity.duplicate.same-name",
        },
      ]),
    );
    // Now that people share an identity key, the earlier schema (a unique key) cannot come back.
    const refused = await migrator.migrateTo("0019_court_docket");
    expect(String(refused.error)).toMatch(/share an identity key/);
  });
});
