import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildProjections } from "../../cases/projections/index.ts";
import { seedDemo } from "../../demo/seed.ts";
import type { Services } from "../../platform/services.ts";
import { testServices } from "../../testing/services.ts";
import { createTestDatabase, type TestDatabase, testEngine } from "../../testing/testDatabase.ts";

describe(`who is detained where (${testEngine})`, () => {
  let database: TestDatabase;
  let services: Services;
  beforeAll(async () => {
    database = await createTestDatabase();
    services = testServices(database.handle.db);
    await seedDemo(services);
  });
  afterAll(async () => {
    await services?.outbox.stop();
    await database?.drop();
  });

  const rows = () =>
    services.db
      .selectFrom("detainees")
      .innerJoin("persons", "persons.id", "detainees.person_id")
      .select(["persons.a_number", "detainees.facility_id", "detainees.since"])
      .orderBy("persons.a_number")
      .execute();

  it("holds the demo's three detained people at their facilities, since they were placed there", async () => {
    // The older brother was moved to Pennsylvania; the man on a $20,000 bond has not posted it;
    // the man with a final order waits at Otay Mesa for a flight.
    // Those paroled, released on recognizance or removed have no row.
    expect(await rows()).toEqual([
      {
        a_number: "000000105",
        facility_id: "moshannon-valley-processing-center",
        since: expect.any(Date),
      },
      {
        a_number: "000000107",
        facility_id: "imperial-regional-detention-facility",
        since: expect.any(Date),
      },
      {
        a_number: "000000108",
        facility_id: "otay-mesa-detention-center",
        since: expect.any(Date),
      },
    ]);
    const [brother] = await rows();
    const moved = await services.db
      .selectFrom("case_events")
      .innerJoin("detainees", "detainees.case_id", "case_events.case_id")
      .select("case_events.occurred_at")
      .where("case_events.type", "=", "TransferredToFacility")
      .executeTakeFirstOrThrow();
    expect(brother?.since.toISOString()).toBe(moved.occurred_at.toISOString());
  });

  it("is rebuilt from the case log to exactly the same rows", async () => {
    const before = await rows();
    await services.db.deleteFrom("detainees").execute();
    expect(await rebuildProjections(services)).toBe(8);
    expect(await rows()).toEqual(before);
  });
});
