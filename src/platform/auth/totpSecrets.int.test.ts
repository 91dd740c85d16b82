import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { haven } from "../../pathway.ts";
import { resetSecondFactor } from "../../people/accounts/secondFactor.ts";
import { startHavenProcess } from "../../testing/processes.ts";
import { testServices } from "../../testing/services.ts";
import {
  childEnvironment,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/testDatabase.ts";
import { buildServer } from "../http/server.ts";
import { type SecretBox, secretBox, secretKeyId } from "../keys/secrets.ts";
import { buildServices } from "../services.ts";
import { Agent, totpCode } from "../testing/agent.ts";
import { TOTP_PERIOD_SECONDS } from "./totp.ts";
import { sealTotpSecrets } from "./totpSecrets.ts";

const run = promisify(execFile);
const OFFICER = demoAccounts.find((a) => a.role === "cbp_officer");
const ANALYST = demoAccounts.find((a) => a.role === "analyst");
const FIRST_KEY = randomBytes(32);
const SECOND_KEY = randomBytes(32);
const b64 = (key: Buffer) => key.toString("base64");

describe(`TOTP secrets sealed at rest (${testEngine})`, () => {
  let database: TestDatabase;
  // One clock for every server of the test, a step further at each sign-in (a step is used once).
  let now = Date.now();
  const clock = () => new Date(now);
  const nextStep = () => {
    now += TOTP_PERIOD_SECONDS * 1000;
  };

  /** A Haven server over the test database with the given secrets key(s). */
  async function serve(secrets: SecretBox) {
    const services = buildServices(database.handle.db, haven.house, {
      secrets,
      clock,
      outbox: { pollMs: 0 },
    });
    const app = await buildServer(services, { logLevel: "silent", routes: haven.routes(services) });
    const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
    return {
      services,
      agent: () => new Agent(baseUrl),
      close: async () => {
        await app.close();
        await services.outbox.stop();
      },
    };
  }

  const storedRows = async () =>
    database.handle.db
      .selectFrom("accounts")
      .select(["id", "email", "totp_secret", "totp_pending_secret"])
      .where("totp_secret", "is not", null)
      .execute();

  /** The account's whole row as the database prints it: a secret must not be anywhere in it. */
  const rowText = async (id: string) => {
    const { rows } = await sql<{ text: string }>`
      select a::text as text from accounts a where a.id = ${id}`.execute(database.handle.db);
    return rows[0]?.text ?? "";
  };

  /** A CLI command or server as an operator runs it (PGlite: while this process lets go). */
  async function offline<T>(work: () => Promise<T>): Promise<T> {
    if (database.location.kind === "pglite") await database.close();
    try {
      return await work();
    } finally {
      if (database.location.kind === "pglite") await database.reopen();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const services = testServices(database.handle.db);
    await seedDemoAccounts(services);
    await services.outbox.stop();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("seals every plain secret at start-up, and staff sign in with the same codes", async () => {
    const plain = await storedRows();
    expect(plain.length).toBeGreaterThan(5);
    expect(plain.every((row) => /^[A-Z2-7]+$/.test(row.totp_secret ?? ""))).toBe(true);

    await offline(async () => {
      const { child } = await startHavenProcess({
        ...childEnvironment(database.location),
        SECRETS_KEY: b64(FIRST_KEY),
      });
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    });

    const sealed = await storedRows();
    expect(sealed).toHaveLength(plain.length);
    for (const row of sealed) {
      expect(row.totp_secret).toMatch(new RegExp(`^v1\\.${secretKeyId(FIRST_KEY)}\\.`));
      const demo = demoAccounts.find((a) => a.email === row.email);
      expect(await rowText(row.id)).not.toContain(demo?.totpSecret);
    }

    const server = await serve(secretBox(FIRST_KEY));
    try {
      nextStep();
      const signedIn = await server.agent().signIn(OFFICER?.email ?? "", DEMO_PASSWORD, {
        secret: OFFICER?.totpSecret ?? "",
        epochMs: now,
      });
      expect(signedIn.body.next).toBe("done");
    } finally {
      await server.close();
    }
  }, 180_000);

  it("keeps no plain secret when staff enrol, signs them in, and still does after rotation", async () => {
    const server = await serve(secretBox(FIRST_KEY));
    let secret = "";
    let accountId = "";
    try {
      const row = await database.handle.db
        .selectFrom("accounts")
        .select("id")
        .where("email", "=", OFFICER?.email ?? "")
        .executeTakeFirstOrThrow();
      accountId = row.id;
      await resetSecondFactor(server.services, accountId, "test");

      const officer = server.agent();
      const login = await officer.signIn(OFFICER?.email ?? "", DEMO_PASSWORD);
      expect(login.body.next).toBe("enrol-totp");
      const enrolment = await officer.call("POST", "/api/auth/totp/enrolment");
      expect(enrolment.status).toBe(200);
      secret = enrolment.body.secret;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await rowText(accountId)).not.toContain(secret);

      nextStep();
      const code = await totpCode(secret, now);
      const confirmed = await officer.call("POST", "/api/auth/totp/enrolment/confirm", { code });
      expect(confirmed.status).toBe(200);
      const stored = await database.handle.db
        .selectFrom("accounts")
        .select(["totp_secret", "totp_pending_secret"])
        .where("id", "=", accountId)
        .executeTakeFirstOrThrow();
      expect(stored.totp_pending_secret).toBeNull();
      expect(stored.totp_secret).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+$/);
      expect(await rowText(accountId)).not.toContain(secret);

      nextStep();
      const again = await server.agent().signIn(OFFICER?.email ?? "", DEMO_PASSWORD, {
        secret,
        epochMs: now,
      });
      expect(again.body.next).toBe("done");

      // The sealed secret copied to another account does not open there: no sign-in with it.
      await database.handle.db
        .updateTable("accounts")
        .set({ totp_secret: stored.totp_secret })
        .where("email", "=", ANALYST?.email ?? "")
        .execute();
      const mover = server.agent();
      await mover.call("POST", "/api/auth/login", {
        identifier: ANALYST?.email,
        password: DEMO_PASSWORD,
      });
      nextStep();
      const moved = await mover.call("POST", "/api/auth/totp", {
        code: await totpCode(secret, now),
      });
      expect(moved.status).toBe(500);
      expect(moved.body).toMatchObject({ title: "Internal error" });
      expect(JSON.stringify(moved.body)).not.toContain(secret);
      expect((await mover.call("GET", "/api/auth/session")).body.account.mfa).toBe("verify");
    } finally {
      await server.close();
    }
    // The analyst's moved value opens nowhere: an administrator resets it.
    const analyst = await database.handle.db
      .selectFrom("accounts")
      .select("id")
      .where("email", "=", ANALYST?.email ?? "")
      .executeTakeFirstOrThrow();
    await resetSecondFactor(testServices(database.handle.db), analyst.id, "test");

    // Rotation, step 1: every server gets the new key, the old one as previous; both open.
    const rotating = await serve(secretBox(SECOND_KEY, [FIRST_KEY]));
    try {
      nextStep();
      const during = await rotating.agent().signIn(OFFICER?.email ?? "", DEMO_PASSWORD, {
        secret,
        epochMs: now,
      });
      expect(during.body.next).toBe("done");
    } finally {
      await rotating.close();
    }

    // Step 2: `haven secrets rotate` seals every stored secret again under the new key.
    const before = await storedRows();
    const rotated = await offline(() =>
      run(process.execPath, ["--import", "tsx", "src/cli.ts", "secrets", "rotate"], {
        env: {
          ...childEnvironment(database.location),
          SECRETS_KEY: b64(SECOND_KEY),
          SECRETS_KEY_PREVIOUS: b64(FIRST_KEY),
        },
      }),
    );
    expect(rotated.stdout).toContain(`Re-encrypted ${before.length} TOTP secret(s)`);
    expect(rotated.stdout).toContain(`now under key ${secretKeyId(SECOND_KEY)}`);
    const after = await storedRows();
    expect(after).toHaveLength(before.length);
    for (const row of after) {
      expect(row.totp_secret).toMatch(new RegExp(`^v1\\.${secretKeyId(SECOND_KEY)}\\.`));
    }
    expect(await sealTotpSecrets(database.handle.db, secretBox(SECOND_KEY), "not-current")).toBe(0);

    // Step 3: the previous key is dropped; the officer still signs in.
    const rotatedServer = await serve(secretBox(SECOND_KEY));
    try {
      nextStep();
      const signedIn = await rotatedServer.agent().signIn(OFFICER?.email ?? "", DEMO_PASSWORD, {
        secret,
        epochMs: now,
      });
      expect(signedIn.body.next).toBe("done");
    } finally {
      await rotatedServer.close();
    }
  }, 240_000);
});
