import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

describe(`the administrator's list of accounts (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoAccounts(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("lists staff with their contact details and only counts applicants (8 CFR 208.6)", async () => {
    const admin = await server.as("administrator");
    const answer = await admin.call("GET", "/api/admin/accounts");
    expect(answer.status).toBe(200);
    const listed = answer.body.accounts as { role: string; email: string }[];
    expect(listed.some((account) => account.role === "applicant")).toBe(false);
    expect(listed.map((account) => account.email)).toContain("asylum@demo.haven.test");
    const applicants = demoAccounts.filter((account) => account.role === "applicant");
    expect(applicants.length).toBeGreaterThan(0);
    expect(answer.body.applicantAccounts).toBe(applicants.length);
    const text = JSON.stringify(answer.body);
    for (const applicant of applicants) {
      expect(text).not.toContain(applicant.email);
      if (applicant.displayName) expect(text).not.toContain(applicant.displayName);
    }
  });
});
