import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { type Answer, Browser } from "../browser.ts";
import { startTestServer, totpCode } from "../testServer.ts";

const APPLICANT = "yulia@demo.haven.test";
const OFFICER = "cbp@demo.haven.test";
const OFFICER_SECRET = demoAccounts.find((a) => a.email === OFFICER)?.totpSecret ?? "";

export interface BurstFigures {
  passwords: { sent: number; checked: number; throttled: number };
  codes: { sent: number; checked: number; throttled: number };
  /** The officer's own sign-in, both steps, from her known device right after both bursts. */
  knownDeviceAfterBurst: { password: number; secondFactor: number };
  /** The right password from a device the server does not know, right after the bursts. */
  unknownDeviceAfterBurst: number;
  signUps: { sent: number; created: number; throttled: number };
  /** Every 429 is problem+json with Retry-After. */
  throttledAnswersWellFormed: boolean;
}

const count = (answers: Answer[], status: number) =>
  answers.filter((answer) => answer.status === status).length;

/**
 * The bursts docs/api-auth.md ("Throttling") is written against, all sent at once: 60 wrong
 * passwords for one account, 40 wrong second-factor codes in one pending sign-in, then the real
 * officer from her known device, and 40 sign-ups from one address.
 */
export async function signInBursts(): Promise<BurstFigures> {
  const server = await startTestServer(() => new Date("2026-03-02T15:00:00Z"));
  try {
    await seedDemoAccounts(server.services);
    const browser = async () => {
      const opened = new Browser(server.baseUrl);
      await opened.call("GET", "/api/auth/session");
      return opened;
    };
    const officerCode = () => {
      server.clock.advance(60_000);
      return totpCode(OFFICER_SECRET, server.clock.now().getTime());
    };

    // The officer's own device, known from a complete sign-in before the attack.
    const own = await browser();
    await own.login(OFFICER, DEMO_PASSWORD);
    await own.totp(await officerCode());
    await own.call("POST", "/api/auth/logout");

    const pending = await browser();
    await pending.login(OFFICER, DEMO_PASSWORD);
    const right = new Set(
      await Promise.all(
        [-30_000, 0, 30_000].map((d) => totpCode(OFFICER_SECRET, server.clock.now().getTime() + d)),
      ),
    );
    const wrong = Array.from({ length: 60 }, (_, k) => String(100_000 + k * 7919))
      .filter((code) => !right.has(code))
      .slice(0, 40);
    const codes = await Promise.all(wrong.map((code) => pending.totp(code)));
    const attacker = await browser();
    const passwords = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attacker.login(APPLICANT, `wrong guess ${i}`)),
    );
    const officerBurst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attacker.login(OFFICER, `wrong guess ${i}`)),
    );
    const unknownDevice = await (await browser()).login(OFFICER, DEMO_PASSWORD);

    await own.call("GET", "/api/auth/session");
    const ownPassword = await own.login(OFFICER, DEMO_PASSWORD);
    const ownCode = await own.totp(await officerCode());

    const signUps = await Promise.all(
      Array.from({ length: 40 }, async (_, i) =>
        (await browser()).call("POST", "/api/auth/register", {
          email: `burst.${i}@example.org`,
          password: "a fine long passphrase",
          preferredLanguage: "en",
        }),
      ),
    );
    const throttled = [...passwords, ...codes, ...officerBurst, ...signUps].filter(
      (answer) => answer.status === 429,
    );
    return {
      passwords: { sent: 60, checked: count(passwords, 401), throttled: count(passwords, 429) },
      codes: { sent: codes.length, checked: count(codes, 401), throttled: count(codes, 429) },
      knownDeviceAfterBurst: { password: ownPassword.status, secondFactor: ownCode.status },
      unknownDeviceAfterBurst: unknownDevice.status,
      signUps: { sent: 40, created: count(signUps, 201), throttled: count(signUps, 429) },
      throttledAnswersWellFormed: throttled.every(
        (answer) =>
          answer.headers.get("content-type")?.startsWith("application/problem+json") &&
          Number(answer.headers.get("retry-after")) > 0,
      ),
    };
  } finally {
    await server.close();
  }
}
