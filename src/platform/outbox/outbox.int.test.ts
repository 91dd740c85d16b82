import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoAccounts } from "../../demo/accounts.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

const BACKOFF_MS = 300;

async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe(`the outbox (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    // The SMTP server refuses the first two messages offered, as a busy server does.
    server = await startTestServer({
      mailbox: { refuse: (offered) => offered <= 2 },
      outbox: { pollMs: 25, backoffMs: BACKOFF_MS },
    });
    await seedDemoAccounts(server.services);
  });
  afterAll(async () => {
    await server.close();
  });

  it("puts a message in the outbox with its write, retries a refusal with backoff, and records every attempt", async () => {
    const asked = await server
      .agent()
      .call("POST", "/api/auth/password-reset", { identifier: "yulia@demo.haven.test" });
    expect(asked.status).toBe(202);
    const row = await server.services.db
      .selectFrom("outbox")
      .select(["id", "purpose", "recipient"])
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ purpose: "password-reset", recipient: "yulia@demo.haven.test" });

    const mail = await server.mailbox.next("yulia@demo.haven.test");
    expect(mail.subject).toBe("Сброс пароля Haven");
    expect(mail.messageId).toBe(`<${row.id}@haven.test>`);

    const attempts = await until(async () => {
      const rows = await server.services.db
        .selectFrom("outbox_attempts")
        .selectAll()
        .where("outbox_id", "=", row.id)
        .orderBy("attempt")
        .execute();
      return rows.length === 3 ? rows : undefined;
    });
    expect(attempts.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, "failed"],
      [2, "failed"],
      [3, "sent"],
    ]);
    expect(attempts[0]?.detail).toMatch(/^451 /);
    expect(attempts[0]?.detail).not.toContain("yulia");
    expect(attempts[2]?.detail).toMatch(/^250 /);
    // The second try waits the backoff, the third twice that (each measured from the failure).
    const gap = (a: number, b: number) =>
      (attempts[b]?.at.getTime() ?? 0) - (attempts[a]?.at.getTime() ?? 0);
    expect(gap(0, 1)).toBeGreaterThanOrEqual(BACKOFF_MS);
    expect(gap(1, 2)).toBeGreaterThanOrEqual(2 * BACKOFF_MS);
    const sent = await server.services.db
      .selectFrom("outbox")
      .select(["status", "attempts", "sent_at"])
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ status: "sent", attempts: 3 });
    expect(server.mailbox.messages.filter((m) => m.messageId === mail.messageId)).toHaveLength(1);
  });

  it("writes no message when the write it belongs to does not hold", async () => {
    const before = await server.services.db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    // An unknown address: the answer is the same 202, and nothing is written or sent.
    const asked = await server
      .agent()
      .call("POST", "/api/auth/password-reset", { identifier: "nobody@example.org" });
    expect(asked.status).toBe(202);
    const after = await server.services.db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
