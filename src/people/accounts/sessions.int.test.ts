import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts } from "../../demo/accounts.ts";
import { seedDemo } from "../../demo/seed.ts";
import { SESSION_COOKIE } from "../../platform/auth/access.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer, totpCode } from "../../testing/testServer.ts";

const secretOf = (email: string) => demoAccounts.find((a) => a.email === email)?.totpSecret ?? "";

describe(`sessions, CSRF and the second factor (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("sets an HttpOnly, SameSite=Lax session cookie and changes the id at sign-in (no fixation)", async () => {
    const agent = server.agent();
    const anonymous = await agent.session();
    const cookie =
      anonymous.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    const planted = agent.cookie;
    const before = agent.csrfToken;
    const login = await agent.call("POST", "/api/auth/login", {
      identifier: "irina@demo.haven.test",
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      next: "done",
      account: { role: "applicant", mfa: "not-required" },
    });
    expect(agent.cookie).not.toBe(planted);
    expect(login.body.csrfToken).not.toBe(before);
    // The planted id is worth nothing now.
    const attacker = server.agent();
    attacker.cookie = planted;
    expect((await attacker.call("GET", "/api/auth/session")).body.account).toBeNull();
    expect((await agent.call("GET", "/api/auth/session")).body.account.role).toBe("applicant");
    const rows = await server.services.db.selectFrom("sessions").select("id_hash").execute();
    for (const row of rows) expect(row.id_hash).not.toBe(agent.cookie);
  });

  it("refuses a write without the CSRF token, or with another session's, and writes nothing", async () => {
    const cbp = await server.as("cbp_officer");
    const count = async () =>
      (await server.services.db.selectFrom("cases").select("id").execute()).length;
    const before = await count();
    const body = {
      person: { givenName: "A", familyName: "B", nationality: "RU", languages: [] },
      occurredAt: "2023-01-01T00:00:00Z",
    };
    const missing = await cbp.call("POST", "/api/cases", body, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ title: "Forbidden" });
    expect(missing.body.detail).toMatch(/CSRF token is missing/);
    const other = server.agent();
    await other.session();
    const wrong = await cbp.call("POST", "/api/cases", body, { csrf: other.csrfToken ?? "" });
    expect(wrong.status).toBe(403);
    expect(wrong.body.detail).toMatch(/CSRF token .* is not right/);
    expect(await count()).toBe(before);
    expect((await cbp.call("POST", "/api/cases", body)).status).toBe(201);
  });

  it("requires the TOTP code of staff before anything but finishing the sign-in", async () => {
    const email = "judge@demo.haven.test";
    const agent = server.agent();
    const login = await agent.call("POST", "/api/auth/login", {
      identifier: email,
      password: DEMO_PASSWORD,
    });
    expect(login.body).toMatchObject({ next: "totp", account: { mfa: "verify" } });
    const blocked = await agent.call("GET", "/api/cases");
    expect(blocked.status).toBe(403);
    expect(blocked.body.detail).toMatch(/authenticator/);
    const wrong = await agent.call("POST", "/api/auth/totp", { code: "000000" });
    expect(wrong.status).toBe(401);
    server.clock.advance(60_000);
    const cookieBefore = agent.cookie;
    const code = await totpCode(secretOf(email), server.clock.now().getTime());
    const ok = await agent.call("POST", "/api/auth/totp", { code });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      next: "done",
      account: { mfa: "done", role: "immigration_judge" },
    });
    expect(agent.cookie).not.toBe(cookieBefore);
    expect((await agent.call("GET", "/api/cases")).status).toBe(200);
    // The same code is never accepted twice.
    const again = server.agent();
    await again.call("POST", "/api/auth/login", { identifier: email, password: DEMO_PASSWORD });
    expect((await again.call("POST", "/api/auth/totp", { code })).status).toBe(401);
  });

  it("ends a session after 30 idle minutes and after 12 hours in all", async () => {
    const agent = await server.signIn("yulia@demo.haven.test");
    server.clock.advance(29 * 60_000);
    expect((await agent.call("GET", "/api/auth/session")).body.account).not.toBeNull();
    server.clock.advance(30 * 60_000);
    expect((await agent.call("GET", "/api/auth/session")).body.account).toBeNull();

    const busy = await server.signIn("yulia@demo.haven.test");
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      server.clock.advance(20 * 60_000);
      expect((await busy.call("GET", "/api/cases")).status).toBe(200);
    }
    server.clock.advance(20 * 60_000);
    expect((await busy.call("GET", "/api/cases")).status).toBe(401);
  });

  it("signs out of one session, or of all of them", async () => {
    const first = await server.signIn("irina@demo.haven.test");
    const second = await server.signIn("irina@demo.haven.test");
    expect((await first.call("POST", "/api/auth/logout")).status).toBe(204);
    expect((await first.call("GET", "/api/cases")).status).toBe(401);
    expect((await second.call("GET", "/api/cases")).status).toBe(200);
    const third = await server.signIn("irina@demo.haven.test");
    expect((await third.call("POST", "/api/auth/logout-everywhere")).status).toBe(204);
    expect((await second.call("GET", "/api/cases")).status).toBe(401);
    expect((await third.call("GET", "/api/cases")).status).toBe(401);
  });

  it("invites staff by e-mail, who set a password and enrol TOTP; an administrator's reset is audited", async () => {
    const admin = await server.as("administrator");
    const invited = await admin.call("POST", "/api/admin/invitations", {
      email: "new.officer@example.gov",
      role: "ice_officer",
      post: { kind: "facility", id: "otay_mesa" },
    });
    expect(invited.status).toBe(201);
    const mail = await server.mailbox.next("new.officer@example.gov");
    const token = mail.text.match(/http:\/\/haven\.test\/invitation\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    expect(token).not.toBe("");
    const offer = await server.agent().call("GET", `/api/auth/invitations/${token}`);
    expect(offer.body).toMatchObject({
      email: "new.officer@example.gov",
      role: "ice_officer",
      post: { kind: "facility", id: "otay_mesa", name: "Otay Mesa Detention Center" },
    });

    const officer = server.agent();
    const weak = await officer.call("POST", `/api/auth/invitations/${token}/accept`, {
      password: "password",
      preferredLanguage: "en",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe("body.password");
    const accepted = await officer.call("POST", `/api/auth/invitations/${token}/accept`, {
      password: "otay mesa night shift",
      preferredLanguage: "es",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      next: "enrol-totp",
      account: { mfa: "enrol", role: "ice_officer" },
    });
    expect((await officer.call("GET", "/api/cases")).status).toBe(403);

    // Used once: the link is gone, for reading and for accepting.
    expect((await server.agent().call("GET", `/api/auth/invitations/${token}`)).status).toBe(404);
    const reused = await server.agent().call("POST", `/api/auth/invitations/${token}/accept`, {
      password: "someone else entirely",
      preferredLanguage: "en",
    });
    expect(reused.status).toBe(404);

    const enrolment = await officer.call("POST", "/api/auth/totp/enrolment");
    expect(enrolment.status).toBe(200);
    expect(enrolment.body.secret).toMatch(/^[A-Z2-7]+$/);
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Haven:/);
    expect(enrolment.body.qrSvg).toMatch(/^<svg/);
    const code = await totpCode(enrolment.body.secret, server.clock.now().getTime());
    const confirmed = await officer.call("POST", "/api/auth/totp/enrolment/confirm", { code });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(confirmed.body.account.mfa).toBe("done");
    expect((await officer.call("GET", "/api/cases")).status).toBe(200);

    // A recovery code signs in once.
    const recovery = confirmed.body.recoveryCodes[0];
    const withRecovery = server.agent();
    await withRecovery.call("POST", "/api/auth/login", {
      identifier: "new.officer@example.gov",
      password: "otay mesa night shift",
    });
    expect((await withRecovery.call("POST", "/api/auth/totp", { code: recovery })).status).toBe(
      200,
    );
    const replay = server.agent();
    await replay.call("POST", "/api/auth/login", {
      identifier: "new.officer@example.gov",
      password: "otay mesa night shift",
    });
    expect((await replay.call("POST", "/api/auth/totp", { code: recovery })).status).toBe(401);

    const id = accepted.body.account.id;
    expect((await admin.call("POST", `/api/admin/accounts/${id}/totp-reset`)).status).toBe(204);
    expect((await officer.call("GET", "/api/cases")).status).toBe(401);
    const again = server.agent();
    const relogin = await again.call("POST", "/api/auth/login", {
      identifier: "new.officer@example.gov",
      password: "otay mesa night shift",
    });
    expect(relogin.body.next).toBe("enrol-totp");
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["actor", "action", "subject_id"])
      .where("action", "in", ["admin.totp-reset", "auth.invitation.accepted", "auth.totp.enrolled"])
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      "auth.invitation.accepted",
      "auth.totp.enrolled",
      "admin.totp-reset",
    ]);
    expect(audit[2]?.subject_id).toBe(id);
    expect(audit[2]?.actor).toMatch(/^account:/);
  });

  it("refuses an expired invitation", async () => {
    const admin = await server.signIn("admin@demo.haven.test");
    await admin.call("POST", "/api/admin/invitations", {
      email: "late@example.gov",
      role: "analyst",
    });
    const mail = await server.mailbox.next("late@example.gov");
    const token = mail.text.match(/invitation\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    server.clock.advance(72 * 3_600_000 + 1000);
    expect((await server.agent().call("GET", `/api/auth/invitations/${token}`)).status).toBe(404);
    const late = await server.agent().call("POST", `/api/auth/invitations/${token}/accept`, {
      password: "too late for this one",
      preferredLanguage: "en",
    });
    expect(late.status).toBe(404);
  });
});
