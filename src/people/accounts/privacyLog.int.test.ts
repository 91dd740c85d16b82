import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "../../demo/accounts.ts";
import { demoPersons } from "../../demo/persons.ts";
import { seedDemo } from "../../demo/seed.ts";
import { roles } from "../../platform/auth/roles.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/**
 * 8 CFR 208.6: the application log, captured while every demo role signs in and works through
 * the demo stories over HTTP, holds no name, A-number or date of birth of any demo person, and
 * no e-mail address of any account.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe(`the application log during the demo stories (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("holds no name, A-number, date of birth or e-mail address", async () => {
    for (const role of roles) {
      const agent = await server.as(role);
      const list = await agent.call("GET", "/api/cases");
      for (const summary of list.body?.cases ?? []) {
        await agent.call("GET", `/api/cases/${summary.id}`);
        await agent.call("GET", `/api/cases/${summary.id}/diagram`);
      }
      await agent.call("GET", "/api/appearances");
      await agent.call("GET", "/api/admin/accounts");
    }
    const attorney = await server.as("attorney");
    const teacher = demoPersons[0]?.person;
    await attorney.call("POST", "/api/appearances", {
      caseReference: "HVN-2022-000001",
      aNumber: teacher?.aNumber,
      form: "G-28",
    });
    const cbp = await server.as("cbp_officer");
    await cbp.call("POST", "/api/cases", {
      person: { ...teacher, aNumber: "000000999" },
      occurredAt: "bad",
    });
    await cbp.call("POST", "/api/cases", {
      person: demoPersons[1]?.person,
      occurredAt: "2023-02-01T00:00:00Z",
    });
    for (const account of demoAccounts.slice(0, 3)) {
      await server.agent().call("POST", "/api/auth/login", {
        identifier: account.email,
        password: "wrong password here",
      });
      await server.agent().call("POST", "/api/auth/password-reset", { identifier: account.email });
    }
    await server.agent().call("POST", "/api/auth/register", {
      email: demoAccounts[0]?.email,
      password: "a fine long passphrase",
      preferredLanguage: "ru",
    });
    await server.mailbox.next(demoAccounts[0]?.email ?? "");

    const log = server.logLines.join("\n");
    expect(server.logLines.length).toBeGreaterThan(100);
    const secrets = demoPersons.flatMap(({ person }) => [
      person.givenName,
      person.familyName,
      person.nativeGivenName,
      person.nativeFamilyName,
      person.aNumber,
      person.dateOfBirth,
    ]);
    for (const secret of [...secrets, ...demoAccounts.map((a) => a.email)]) {
      // As a token of its own: a float such as a response time may contain nine digits by chance.
      if (secret)
        expect(log, secret).not.toMatch(new RegExp(`(?<![0-9.])${escapeRegExp(secret)}(?![0-9])`));
    }
  });
});
