import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import { newApplicant, OPEN_WINDOW_NOW, person, registration } from "../testing/kit.ts";
import { registrationBuckets, registrationLimits } from "./throttle.ts";

describe(`registrations and claims, counted per account and per address (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
  });
  afterAll(async () => {
    await server.close();
  });

  const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

  it("lets an account send 10 registrations a day, counted before the work (a refusal counts too), then answers 429", async () => {
    const applicant = await newApplicant(server);
    const answers = [];
    for (let n = 0; n < 14; n += 1) {
      const body = registration(person("Kirill", `Belov${"a".repeat(n + 1)}`, "1990-01-15"), [], {
        requestCurrentWindow: false,
      });
      answers.push(await applicant.call("POST", "/api/registrations", body));
    }
    const statuses = answers.map((answer) => answer.status);
    expect(count(statuses, 201), JSON.stringify(statuses)).toBe(5);
    expect(count(statuses, 409)).toBe(5); // registration-limit: 5 held at most
    expect(count(statuses, 429)).toBe(4);
    const refused = answers.find((answer) => answer.status === 429);
    expect(refused?.headers.get("retry-after")).toBe(String(24 * 60 * 60));
    expect(refused?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(refused?.body).toMatchObject({ status: 429, code: "too-many-attempts" });
    const written = await server.services.db
      .selectFrom("registration_people")
      .select("family_name")
      .where("given_name", "=", "Kirill")
      .execute();
    expect(written).toHaveLength(5);
  });

  it("lets an account send 3 claims a day, then answers 429 with Retry-After", async () => {
    const applicant = await newApplicant(server);
    const created = await applicant.call(
      "POST",
      "/api/registrations",
      registration(person("Lidia", "Gromova", "1966-07-07"), [], { requestCurrentWindow: false }),
    );
    const url = `/api/registrations/${created.body.id}/claims`;
    const statuses: number[] = [];
    for (let n = 0; n < registrationLimits.claimPerAccount.attempts + 2; n += 1) {
      statuses.push((await applicant.call("POST", url, { statement: `Claim ${n}` })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const claims = await server.services.db
      .selectFrom("registration_claims")
      .select("id")
      .where("registration_id", "=", created.body.id)
      .execute();
    expect(claims).toHaveLength(3);
  });

  it("answers 429 to any account once the client address has sent its day's registrations", async () => {
    const [, address] = registrationBuckets("registration", "any", "127.0.0.1");
    const key = address?.key as string;
    expect(key).not.toContain("127.0.0.1");
    const full = registrationLimits.registrationPerAddress.attempts;
    const now = server.clock.now();
    await server.services.db
      .insertInto("sign_in_attempts")
      .values({
        bucket: key,
        attempts: full,
        window_ends_at: new Date(now.getTime() + 3_600_000),
      })
      .onConflict((oc) =>
        oc.column("bucket").doUpdateSet({
          attempts: full,
          window_ends_at: new Date(now.getTime() + 3_600_000),
        }),
      )
      .execute();
    const fresh = await newApplicant(server);
    const answer = await fresh.call(
      "POST",
      "/api/registrations",
      registration(person("Vera", "Sokolova", "1999-09-19"), [], { requestCurrentWindow: false }),
    );
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("3600");
    const written = await server.services.db
      .selectFrom("registration_people")
      .select("given_name")
      .where("given_name", "=", "Vera")
      .execute();
    expect(written).toEqual([]);
  });
});
