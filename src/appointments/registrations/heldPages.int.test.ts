import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { OPEN_WINDOW_NOW } from "../testing/kit.ts";
import { NAMESAKES, namesakeRegistrations } from "../testing/namesakes.ts";
import { MATCHES_KEPT, writeRegistrations } from "./writeBatch.ts";

const REGISTRATIONS = 41;

describe(`the officer's list of held registrations, a page at a time (${testEngine})`, () => {
  let server: TestServer;
  let officer: Agent;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    officer = await server.as("cbp_officer");
    const { db } = server.services;
    const jobs = await namesakeRegistrations(db, {
      count: REGISTRATIONS,
      domain: "test.haven",
      from: OPEN_WINDOW_NOW,
      spacingMs: 1000,
    });
    // In a few batches, as a busy hour would write them.
    for (let at = 0; at < jobs.length; at += 10) {
      const outcomes = await writeRegistrations(db, jobs.slice(at, at + 10));
      expect(outcomes.every((outcome) => outcome.kind === "registered")).toBe(true);
    }
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers a bounded page with a cursor; each person carries at most a few stored matches and the count of the rest", async () => {
    const seen: string[] = [];
    let url = "/api/registrations/held?limit=15";
    const sizes: number[] = [];
    for (let page = 0; page < 10; page += 1) {
      const answer = await officer.call("GET", url);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.total).toBe(REGISTRATIONS - 1);
      sizes.push(answer.body.registrations.length);
      for (const held of answer.body.registrations) {
        seen.push(held.id);
        expect(held.people).toHaveLength(NAMESAKES);
        for (const person of held.people) {
          expect(person.matches.length).toBeGreaterThan(0);
          expect(person.matches.length).toBeLessThanOrEqual(MATCHES_KEPT);
          expect(person.matches[0]).toMatchObject({
            familyName: person.familyName,
            code: "identity.duplicate.same-name",
          });
        }
      }
      if (answer.body.next === null) break;
      url = `/api/registrations/held?limit=15&after=${encodeURIComponent(answer.body.next)}`;
    }
    expect(sizes).toEqual([15, 15, 10]);
    expect(new Set(seen).size).toBe(REGISTRATIONS - 1);
    // The last registered matched everyone before it: 5 kept, the rest counted.
    const last = (await officer.call("GET", url)).body.registrations.at(-1);
    const orlov = last.people.find((p: { familyName: string }) => p.familyName === "Orlov");
    expect(orlov.matches).toHaveLength(MATCHES_KEPT);
    expect(orlov.matches.length + orlov.moreMatches).toBeGreaterThanOrEqual(REGISTRATIONS - 1);
    const stored = await server.services.db
      .selectFrom("registration_matches")
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .executeTakeFirstOrThrow();
    expect(Number(stored.rows)).toBeLessThanOrEqual((REGISTRATIONS - 1) * NAMESAKES * MATCHES_KEPT);
  });

  it("names a bad limit or cursor", async () => {
    for (const [query, field] of [
      ["limit=0", "querystring.limit"],
      ["limit=101", "querystring.limit"],
      ["limit=ten", "querystring.limit"],
      ["after=yesterday", "querystring.after"],
    ]) {
      const answer = await officer.call("GET", `/api/registrations/held?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.errors[0].field, query).toBe(field);
    }
  });
});
