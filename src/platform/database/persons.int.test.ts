import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/testDatabase.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const person = (aNumber: string | null) => ({
  given_name: "Ana",
  family_name: "Lima",
  nationality: "BR",
  languages: ["pt"],
  a_number: aNumber,
});

describe("persons' A-numbers (migration 0005)", () => {
  it("are unique when given, and any number of persons may have none yet", async () => {
    const { db } = database.handle;
    await db
      .insertInto("persons")
      .values([person(null), person(null), person("123456789")])
      .execute();
    const error = await db
      .insertInto("persons")
      .values(person("123456789"))
      .execute()
      .then(
        () => null,
        (caught: unknown) => caught as { code?: string },
      );
    expect(error?.code).toBe("23505");
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from persons where family_name = 'Lima'`.execute(db);
    expect(rows[0]?.n).toBe(3);
  });
});
