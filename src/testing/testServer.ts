import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { ensureProjections } from "../cases/projections/index.ts";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../demo/accounts.ts";
import { haven } from "../pathway.ts";
import type { Role } from "../platform/auth/roles.ts";
import { stepAt, TOTP_PERIOD_SECONDS } from "../platform/auth/totp.ts";
import type { ComposedHouse } from "../platform/compose.ts";
import { buildServer } from "../platform/http/server.ts";
import { smtpMailer } from "../platform/mail/mailer.ts";
import type { OutboxSettings } from "../platform/outbox/worker.ts";
import { buildServices, type Services } from "../platform/services.ts";
import { Agent, type Answer } from "../platform/testing/agent.ts";
import { type Mailbox, type MailboxOptions, startMailbox } from "../platform/testing/mailbox.ts";
import { createTestDatabase, type TestDatabase } from "./testDatabase.ts";

export { Agent, type Answer, totpCode } from "../platform/testing/agent.ts";

/** The server's clock in a test: the given clock (or real time) moved on by `advance`. */
export interface TestClock {
  now: () => Date;
  advance: (ms: number) => void;
}

export interface TestServer {
  app: FastifyInstance;
  services: Services;
  database: TestDatabase;
  baseUrl: string;
  clock: TestClock;
  /** A real SMTP server the Haven server sends its mail to. */
  mailbox: Mailbox;
  /** Every line the application logged, for tests that check what the log may not hold. */
  logLines: string[];
  /** A new browser with no session. */
  agent: () => Agent;
  /** A browser signed in as the demo account of the role (the first, for applicants). */
  as: (role: Role | string) => Promise<Agent>;
  /** A fresh sign-in of a demo account (by e-mail), TOTP included for staff. */
  signIn: (email: string) => Promise<Agent>;
  close: () => Promise<void>;
}

export interface TestServerOptions {
  /** The server's clock (real time when not given). */
  clock?: () => Date;
  /** The house to serve: the composition root's when not given (a test may add an area). */
  house?: ComposedHouse;
  mailbox?: MailboxOptions;
  /** Outbox delivery; in tests the retries wait milliseconds, not minutes. */
  outbox?: Partial<OutboxSettings>;
}

/** A real Haven server on a free port, over a fresh database of its own, with a mailbox. */
export async function startTestServer(
  options: TestServerOptions | (() => Date) = {},
): Promise<TestServer> {
  const {
    clock,
    house = haven,
    ...rest
  } = typeof options === "function" ? { clock: options } : options;
  const database = await createTestDatabase(house.migrations);
  const base = clock ?? (() => new Date());
  let offset = 0;
  const testClock: TestClock = {
    now: () => new Date(base().getTime() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
  const mailbox = await startMailbox(rest.mailbox);
  const services = buildServices(database.handle.db, house.house, {
    clock: testClock.now,
    mailer: smtpMailer(mailbox.url, "Haven <no-reply@haven.test>"),
    publicUrl: "http://haven.test",
    outbox: { pollMs: 50, backoffMs: 100, ...rest.outbox },
  });
  await ensureProjections(services);
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const app = await buildServer(services, {
    logLevel: "info",
    logStream,
    routes: house.routes(services),
  });
  const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });

  const signIn = async (email: string): Promise<Agent> => {
    await seedDemoAccounts(services);
    const demo = demoAccounts.find((account) => account.email === email);
    const agent = new Agent(baseUrl);
    if (!demo?.totpSecret) {
      await agent.signIn(email, DEMO_PASSWORD);
      return agent;
    }
    // A TOTP step is accepted once per account: move the clock past the last one used.
    const row = await services.db
      .selectFrom("accounts")
      .select("totp_last_step")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    const behind = (row.totp_last_step ?? 0) - stepAt(testClock.now()) + 1;
    if (behind > 0) testClock.advance(behind * TOTP_PERIOD_SECONDS * 1000);
    await agent.signIn(email, DEMO_PASSWORD, {
      secret: demo.totpSecret,
      epochMs: testClock.now().getTime(),
    });
    return agent;
  };
  const agents = new Map<string, Agent>();
  const as = async (role: string): Promise<Agent> => {
    const cached = agents.get(role);
    if (cached) return cached;
    const demo = demoAccounts.find((account) => account.role === role);
    if (!demo) throw new Error(`no demo account for ${role}`);
    const agent = await signIn(demo.email);
    agents.set(role, agent);
    return agent;
  };

  return {
    app,
    services,
    database,
    baseUrl,
    clock: testClock,
    mailbox,
    logLines,
    agent: () => new Agent(baseUrl),
    as,
    signIn,
    close: async () => {
      await app.close();
      await services.outbox.stop();
      await services.mailer?.close();
      await mailbox.close();
      await database.drop();
    },
  };
}

/** JSON over real HTTP with no session: the answer's status and parsed body. */
export async function call(
  baseUrl: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<Answer> {
  return new Agent(baseUrl).call(method, url, body, { csrf: false });
}
