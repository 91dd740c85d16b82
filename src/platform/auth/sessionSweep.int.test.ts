import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import { startSessionSweep } from "./sessionSweep.ts";

describe(`the session sweep (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const sessions = async () =>
    (await server.services.db.selectFrom("sessions").select("id_hash").execute()).length;

  it("removes sessions past their idle timeout on its own, with no one signing in", async () => {
    const officer = await server.as("cbp_officer");
    expect((await officer.call("GET", "/api/auth/session")).body.account).not.toBeNull();
    expect(await sessions()).toBeGreaterThan(0);
    const sweep = startSessionSweep(server.services, 50, (error) => {
      throw error;
    });
    try {
      server.clock.advance((server.services.sessionTimeouts.absoluteHours + 1) * 3_600_000);
      await vi.waitFor(async () => expect(await sessions()).toBe(0), {
        timeout: 30_000,
        interval: 50,
      });
    } finally {
      await sweep.stop();
    }
  });
});
