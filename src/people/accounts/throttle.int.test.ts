import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { type Answer, Browser } from "../../testing/browser.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer, totpCode } from "../../testing/testServer.ts";

const APPLICANT = "yulia@demo.haven.test";
const OFFICER = "cbp@demo.haven.test";
const OFFICER_SECRET = demoAccounts.find((a) => a.email === OFFICER)?.totpSecret ?? "";
const DEVICE_COOKIE = "haven_device";

const count = (answers: Answer[], status: number) =>
  answers.filter((answer) => answer.status === status).length;

describe(`sign-in throttling under concurrency (${testEngine})`, () => {
  let server: TestServer;
  /** A browser with a session (and its CSRF token), as a page that has loaded. */
  const browser = async (): Promise<Browser> => {
    const opened = new Browser(server.baseUrl);
    await opened.call("GET", "/api/auth/session");
    return opened;
  };
  const audited = async (action: string): Promise<number> =>
    (
      await server.services.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", action)
        .execute()
    ).length;
  /** Codes that are right for none of the steps the server accepts now. */
  const wrongCodes = async (n: number): Promise<string[]> => {
    const at = server.clock.now().getTime();
    const right = new Set(
      await Promise.all([-30_000, 0, 30_000].map((d) => totpCode(OFFICER_SECRET, at + d))),
    );
    const codes: string[] = [];
    for (let k = 0; codes.length < n; k += 1) {
      const code = String(100_000 + k * 7919);
      if (!right.has(code)) codes.push(code);
    }
    return codes;
  };
  /** The officer's own code, one step after any used before. */
  const officerCode = async (): Promise<string> => {
    server.clock.advance(60_000);
    return totpCode(OFFICER_SECRET, server.clock.now().getTime());
  };

  beforeAll(async () => {
    // A clock that moves only when a test moves it: windows and Retry-After are exact.
    server = await startTestServer(() => new Date("2026-03-02T15:00:00Z"));
    await seedDemoAccounts(server.services);
  });
  beforeEach(() => {
    // Every test starts with every window of the one before behind it.
    server.clock.advance(2 * 3_600_000);
  });
  afterAll(async () => {
    await server.close();
  });

  it("checks at most 10 of 60 wrong passwords sent at once for one account; the rest get 429", async () => {
    const before = await audited("auth.sign-in.failed");
    const attacker = await browser();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attacker.login(APPLICANT, `wrong guess ${i}`)),
    );
    expect(count(answers, 401)).toBe(10);
    expect(count(answers, 429)).toBe(50);
    expect((await audited("auth.sign-in.failed")) - before).toBe(10);
    const blocked = answers.find((answer) => answer.status === 429);
    expect(blocked?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(blocked?.headers.get("retry-after")).toBe("900");
    expect(blocked?.body).toMatchObject({ title: "Too many attempts", status: 429 });
    // The right password from an unknown device waits out the window too.
    expect((await (await browser()).login(APPLICANT, DEMO_PASSWORD)).status).toBe(429);
    server.clock.advance(900_000);
    expect((await (await browser()).login(APPLICANT, DEMO_PASSWORD)).status).toBe(200);
  });

  it("checks at most 5 of 40 wrong codes at once in one sign-in, and 10 across sign-ins", async () => {
    const before = await audited("auth.second-factor.failed");
    const attacker = await browser();
    expect((await attacker.login(OFFICER, DEMO_PASSWORD)).body.next).toBe("totp");
    const codes = await wrongCodes(40);
    const one = await Promise.all(codes.map((code) => attacker.totp(code)));
    expect(count(one, 401)).toBe(5);
    expect(count(one, 429)).toBe(35);
    expect((await audited("auth.second-factor.failed")) - before).toBe(5);
    expect(one.find((a) => a.status === 429)?.headers.get("retry-after")).toBe("900");

    server.clock.advance(900_000);
    const signIns: Browser[] = [];
    for (let n = 0; n < 8; n += 1) {
      const pending = await browser();
      expect((await pending.login(OFFICER, DEMO_PASSWORD)).body.next).toBe("totp");
      signIns.push(pending);
    }
    const spread = await wrongCodes(40);
    const many = await Promise.all(
      spread.map((code, i) => signIns[i % 8]?.totp(code) as Promise<Answer>),
    );
    expect(count(many, 401)).toBe(10);
    expect(count(many, 429)).toBe(30);
    expect((await audited("auth.second-factor.failed")) - before).toBe(15);
  });

  it("lets the real user in on their known device after a burst from an unknown one", async () => {
    const own = await browser();
    expect((await own.login(OFFICER, DEMO_PASSWORD)).body.next).toBe("totp");
    expect((await own.totp(await officerCode())).status).toBe(200);
    const device = own.setCookies.find((cookie) => cookie.startsWith(`${DEVICE_COOKIE}=`)) ?? "";
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/SameSite=Strict/i);
    expect(device).toMatch(/Path=\/api\/auth/);
    expect(device).toMatch(/Max-Age=\d+/);
    expect(own.cookies.get(DEVICE_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await own.call("POST", "/api/auth/logout")).status).toBe(204);

    // Someone who has the password, but not the phone: codes in bulk, then passwords in bulk.
    const pending = await Promise.all(Array.from({ length: 4 }, () => browser()));
    for (const attacker of pending) await attacker.login(OFFICER, DEMO_PASSWORD);
    const codes = await wrongCodes(40);
    await Promise.all(codes.map((code, i) => pending[i % 4]?.totp(code)));
    const attacker = await browser();
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attacker.login(OFFICER, `wrong guess ${i}`)),
    );
    expect(count(burst, 401)).toBe(10);
    expect((await (await browser()).login(OFFICER, DEMO_PASSWORD)).status).toBe(429);

    // The officer, from the device the server knows: both steps go through.
    await own.call("GET", "/api/auth/session");
    const login = await own.login(OFFICER, DEMO_PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body.next).toBe("totp");
    const second = await own.totp(await officerCode());
    expect(second.status).toBe(200);
    expect(second.body.next).toBe("done");
    expect((await own.call("GET", "/api/cases")).status).toBe(200);

    // A device cookie the server never gave, or one for another account, counts for nothing.
    const forged = await browser();
    forged.cookies.set(DEVICE_COOKIE, "A".repeat(43));
    expect((await forged.login(OFFICER, DEMO_PASSWORD)).status).toBe(429);
    server.clock.advance(900_000);
    const borrowed = await browser();
    borrowed.cookies.set(DEVICE_COOKIE, own.cookies.get(DEVICE_COOKIE) ?? "");
    const elsewhere = await Promise.all(
      Array.from({ length: 12 }, (_, i) => borrowed.login(APPLICANT, `wrong guess ${i}`)),
    );
    expect(count(elsewhere, 401)).toBe(10);
    expect(count(elsewhere, 429)).toBe(2);
  });

  it("answers a blocked unknown identifier exactly as a blocked account", async () => {
    const tryEleven = async (identifier: string) => {
      const attacker = await browser();
      const answers: Answer[] = [];
      for (let i = 0; i < 11; i += 1) answers.push(await attacker.login(identifier, `guess ${i}`));
      return answers;
    };
    const known = await tryEleven(APPLICANT);
    const unknown = await tryEleven("nobody.here@example.org");
    const shape = (answer: Answer | undefined) => ({
      status: answer?.status,
      body: answer?.body,
      contentType: answer?.headers.get("content-type"),
      retryAfter: answer?.headers.get("retry-after"),
    });
    expect(known.map((a) => a.status)).toEqual([...Array(10).fill(401), 429]);
    expect(known.map(shape)).toEqual(unknown.map(shape));
    expect(shape(known[10])).toMatchObject({ status: 429, retryAfter: "900" });
    const stored = await server.services.db
      .selectFrom("sign_in_attempts")
      .select("bucket")
      .execute();
    for (const row of stored) expect(row.bucket).not.toMatch(/@|yulia|nobody|127\.0\.0\.1/);
  });

  it("sends at most 5 reset links to one identifier however many requests arrive at once", async () => {
    const account = await server.services.db
      .selectFrom("accounts")
      .select("id")
      .where("email", "=", APPLICANT)
      .executeTakeFirstOrThrow();
    const resets = async () =>
      (
        await server.services.db
          .selectFrom("password_resets")
          .select("token_hash")
          .where("account_id", "=", account.id)
          .execute()
      ).length;
    const before = await resets();
    const answers = await Promise.all(
      Array.from({ length: 30 }, async () =>
        (await browser()).call("POST", "/api/auth/password-reset", { identifier: APPLICANT }),
      ),
    );
    // The same answer for every request, throttled or not: nothing tells whether mail was sent.
    expect(count(answers, 202)).toBe(30);
    expect((await resets()) - before).toBe(5);
  });

  it("throttles sign-ups from one address: 30 an hour, then 429", async () => {
    const before = (await server.services.db.selectFrom("accounts").select("id").execute()).length;
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        (await browser()).call("POST", "/api/auth/register", {
          email: `burst.${i}@example.org`,
          password: "a fine long passphrase",
          preferredLanguage: "en",
        }),
      ),
    );
    expect(count(answers, 201)).toBe(30);
    expect(count(answers, 429)).toBe(10);
    const after = (await server.services.db.selectFrom("accounts").select("id").execute()).length;
    expect(after - before).toBe(30);
    const blocked = answers.find((answer) => answer.status === 429);
    expect(blocked?.headers.get("retry-after")).toBe("3600");
    expect(blocked?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    server.clock.advance(3_600_000);
    const later = await (await browser()).call("POST", "/api/auth/register", {
      email: "after.the.hour@example.org",
      password: "a fine long passphrase",
      preferredLanguage: "en",
    });
    expect(later.status).toBe(201);
  });
});
