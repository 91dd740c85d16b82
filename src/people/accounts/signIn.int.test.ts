import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../demo/accounts.ts";
import { seedDemo } from "../../demo/seed.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/**
 * Registration, the sign-in limits one request at a time (bursts: throttle.int.test.ts), and
 * password reset by e-mail. Every agent here is an unknown device, from 127.0.0.1.
 */
describe(`registration, sign-in throttling and password reset (${testEngine})`, () => {
  let server: TestServer;
  const login = (identifier: string, password: string) =>
    server.agent().call("POST", "/api/auth/login", { identifier, password });
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("registers an applicant, refusing common passwords and a taken identifier", async () => {
    const agent = server.agent();
    const weak = await agent.call("POST", "/api/auth/register", {
      email: "new.person@example.org",
      password: "password1234",
      preferredLanguage: "uk",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      { field: "body.password", message: expect.stringMatching(/common/) },
    ]);
    const both = await agent.call("POST", "/api/auth/register", {
      email: "a@example.org",
      phone: "+15551234567",
      password: "a fine long passphrase",
      preferredLanguage: "en",
    });
    expect(both.status).toBe(400);
    const made = await agent.call("POST", "/api/auth/register", {
      phone: "+5215512345678",
      password: "a fine long passphrase",
      preferredLanguage: "es",
    });
    expect(made.status).toBe(201);
    expect(made.body.account).toMatchObject({
      role: "applicant",
      preferredLanguage: "es",
      mfa: "not-required",
    });
    expect((await agent.call("GET", "/api/auth/session")).body.account.id).toBe(
      made.body.account.id,
    );
    const taken = await server.agent().call("POST", "/api/auth/register", {
      email: "irina@demo.haven.test",
      password: "a fine long passphrase",
      preferredLanguage: "en",
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe("body.email");
  });

  it("answers a wrong password and an unknown account identically, and audits without the identifier", async () => {
    const wrong = await login("yulia@demo.haven.test", "not the password at all");
    const unknown = await login("nobody@example.org", "not the password at all");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      type: "about:blank",
      title: "Sign-in failed",
      status: 401,
      detail: "The e-mail, phone number or password is not right.",
    });
    const audit = await server.services.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "auth.sign-in.failed")
      .orderBy("id")
      .execute();
    expect(audit.map((row) => [row.actor, row.subject_type])).toEqual([
      ["anonymous", "account"],
      ["anonymous", null],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/yulia|nobody/);
  });

  it("limits an identifier to 10 attempts in 15 minutes; a success gives its attempt back", async () => {
    const who = "irina@demo.haven.test";
    for (let i = 0; i < 9; i++) expect((await login(who, `wrong guess ${i}`)).status).toBe(401);
    expect((await login(who, DEMO_PASSWORD)).status).toBe(200);
    expect((await login(who, "wrong guess 10")).status).toBe(401);
    const blocked = await login(who, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.contentType).toMatch(/^application\/problem\+json/);
    const wait = Number(blocked.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(800);
    expect(wait).toBeLessThanOrEqual(900);
    expect(blocked.body).toEqual({
      type: "about:blank",
      title: "Too many attempts",
      status: 429,
      detail: `Too many attempts. Wait ${wait} second(s) and try again.`,
    });
    server.clock.advance(wait * 1000);
    expect((await login(who, DEMO_PASSWORD)).status).toBe(200);
    // An unknown identifier is limited the same way, so 429 does not reveal existence either.
    for (let i = 0; i < 10; i++) await login("ghost@example.org", `guess ${i}`);
    expect((await login("ghost@example.org", "guess 10")).status).toBe(429);
  });

  it("limits a client address to 30 attempts in 15 minutes, whatever identifier is tried", async () => {
    server.clock.advance(15 * 60_000);
    for (let n = 1; n <= 30; n++) {
      expect((await login(`spray${n}@example.org`, "Summer2023!")).status).toBe(401);
    }
    const blocked = await login("fresh@example.org", "Summer2023!");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const stored = await server.services.db
      .selectFrom("sign_in_attempts")
      .select("bucket")
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.bucket).not.toMatch(/@|spray|127\.0\.0\.1/);
    server.clock.advance(15 * 60_000);
  });

  it("resets a password by a single-use link sent over SMTP, valid one hour", async () => {
    server.clock.advance(24 * 3_600_000);
    const email = "yulia@demo.haven.test";
    const asked = await server
      .agent()
      .call("POST", "/api/auth/password-reset", { identifier: email });
    expect(asked.status).toBe(202);
    const nobody = await server.agent().call("POST", "/api/auth/password-reset", {
      identifier: "nobody@example.org",
    });
    expect(nobody).toMatchObject({ status: 202, body: asked.body });
    const mail = await server.mailbox.next(email);
    expect(mail.subject).toBe("Сброс пароля Haven");
    const token =
      mail.text.match(/http:\/\/haven\.test\/password-reset\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    expect(token).not.toBe("");
    const session = await server.signIn(email);

    const weak = await server.agent().call("POST", "/api/auth/password-reset/complete", {
      token,
      password: "12345678901234",
    });
    expect(weak.body.errors[0].field).toBe("body.password");
    const done = await server.agent().call("POST", "/api/auth/password-reset/complete", {
      token,
      password: "a new and long passphrase",
    });
    expect(done.status).toBe(204);
    expect((await session.call("GET", "/api/cases")).status).toBe(401);
    expect((await login(email, "a new and long passphrase")).status).toBe(200);
    const reused = await server.agent().call("POST", "/api/auth/password-reset/complete", {
      token,
      password: "yet another passphrase",
    });
    expect(reused.status).toBe(400);
    expect(reused.body.errors[0].field).toBe("body.token");

    await server.agent().call("POST", "/api/auth/password-reset", { identifier: email });
    const second = await server.mailbox.next(email, 1);
    const late = second.text.match(/password-reset\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    server.clock.advance(3_600_000 + 1000);
    const expired = await server.agent().call("POST", "/api/auth/password-reset/complete", {
      token: late,
      password: "yet another passphrase",
    });
    expect(expired.status).toBe(400);
    expect(expired.body.errors[0].field).toBe("body.token");
  });
});
