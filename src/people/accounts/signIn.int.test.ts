import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../demo/accounts.ts";
import { seedDemo } from "../../demo/seed.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/** Registration, the login throttle with back-off, and password reset by e-mail. */
describe(`registration, sign-in throttling and password reset (${testEngine})`, () => {
  let server: TestServer;
  /** Every 401 from the login route counts against the client address (all tests: 127.0.0.1). */
  let failures = 0;
  const login = async (identifier: string, password: string) => {
    const answer = await server.agent().call("POST", "/api/auth/login", { identifier, password });
    if (answer.status === 401) failures += 1;
    return answer;
  };
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
    failures += 1; // a taken identifier counts against the address, as a failed sign-in does
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

  it("backs off per account: blocked after 5 failures, for 1 s, then 2 s, with Retry-After", async () => {
    const who = "irina@demo.haven.test";
    for (let i = 0; i < 5; i++) expect((await login(who, `wrong guess ${i}`)).status).toBe(401);
    const blocked = await login(who, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("1");
    server.clock.advance(1000);
    expect((await login(who, "wrong guess 6")).status).toBe(401);
    const longer = await login(who, "wrong guess 7");
    expect(longer.status).toBe(429);
    expect(longer.headers.get("retry-after")).toBe("2");
    server.clock.advance(2000);
    expect((await login(who, DEMO_PASSWORD)).status).toBe(200);
    // A success clears the account's count.
    expect((await login(who, "wrong again")).status).toBe(401);
    expect((await login(who, DEMO_PASSWORD)).status).toBe(200);
    // An unknown account is throttled the same way, so 429 does not reveal existence either.
    for (let i = 0; i < 5; i++) await login("ghost@example.org", `guess ${i}`);
    expect((await login("ghost@example.org", "guess 5")).status).toBe(429);
  });

  it("backs off per client address after 20 failures, whatever account is tried", async () => {
    server.clock.advance(60_000);
    let n = 0;
    while (failures < 20) {
      n += 1;
      expect((await login(`spray${n}@example.org`, "Summer2023!")).status).toBe(401);
    }
    const blocked = await login("fresh@example.org", "Summer2023!");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const stored = await server.services.db.selectFrom("login_throttle").select("key").execute();
    for (const row of stored) expect(row.key).not.toMatch(/@/);
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
