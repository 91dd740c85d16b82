import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { killed, startHavenProcess } from "../../testing/processes.ts";
import { testServices } from "../../testing/services.ts";
import {
  childEnvironment,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/testDatabase.ts";
import { Agent } from "../testing/agent.ts";
import { type Mailbox, startMailbox } from "../testing/mailbox.ts";

describe.skipIf(testEngine !== "postgres")(
  "outbox messages survive a SIGKILL between commit and send (PostgreSQL: several processes on one database)",
  () => {
    let database: TestDatabase;
    let mailbox: Mailbox;
    const children: ChildProcess[] = [];
    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDemoAccounts(testServices(database.handle.db));
      mailbox = await startMailbox();
    });
    afterAll(async () => {
      await Promise.all(children.map(killed));
      await mailbox.close();
      await database.drop();
    });

    it("delivers each committed message once, after a restart, with two processes sending", async () => {
      const env = {
        ...childEnvironment(database.location),
        SMTP_URL: mailbox.url,
        MAIL_FROM: "Haven <no-reply@haven.test>",
      };
      // A server that commits its writes but never sends: it is killed before any send.
      const first = await startHavenProcess({ ...env, OUTBOX_POLL_MS: "0" });
      children.push(first.child);
      for (const email of ["irina@demo.haven.test", "yulia@demo.haven.test"]) {
        const asked = await new Agent(first.url).call("POST", "/api/auth/password-reset", {
          identifier: email,
        });
        expect(asked.status).toBe(202);
      }
      const admin = demoAccounts.find((account) => account.role === "administrator");
      const agent = new Agent(first.url);
      await agent.signIn(admin?.email ?? "", DEMO_PASSWORD, {
        secret: admin?.totpSecret ?? "",
        epochMs: Date.now(),
      });
      for (const n of [1, 2, 3]) {
        const invited = await agent.call("POST", "/api/admin/invitations", {
          email: `officer${n}@cbp.example.gov`,
          role: "cbp_officer",
          post: { kind: "port", id: "san_ysidro" },
        });
        expect(invited.status).toBe(201);
      }
      const queued = await database.handle.db
        .selectFrom("outbox")
        .select(["id", "status"])
        .execute();
      expect(queued).toHaveLength(5);
      expect(queued.every((row) => row.status === "pending")).toBe(true);
      await killed(first.child);
      expect(mailbox.messages).toHaveLength(0);

      // Two servers start after the kill; both deliver what is due.
      for (let i = 0; i < 2; i++) {
        const next = await startHavenProcess({ ...env, OUTBOX_POLL_MS: "50" });
        children.push(next.child);
      }
      for (;;) {
        const pending = await database.handle.db
          .selectFrom("outbox")
          .select("id")
          .where("status", "!=", "sent")
          .execute();
        if (pending.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const ids = queued.map((row) => `<${row.id}@haven.test>`).sort();
      expect(mailbox.messages.map((m) => m.messageId).sort()).toEqual(ids);
      const attempts = await database.handle.db.selectFrom("outbox_attempts").selectAll().execute();
      expect(attempts).toHaveLength(5);
      expect(attempts.every((a) => a.outcome === "sent" && a.attempt === 1)).toBe(true);
    });
  },
);
