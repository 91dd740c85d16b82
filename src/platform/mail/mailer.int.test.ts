import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { startMailbox } from "../testing/mailbox.ts";
import { createMailer } from "./mailer.ts";

describe("mail over SMTP", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "haven-mail-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("sends to the SMTP server SMTP_URL names", async () => {
    const mailbox = await startMailbox();
    const mailer = await createMailer(loadConfig({ SMTP_URL: mailbox.url, DATA_DIR: folder }));
    expect(mailer.describe).toMatch(/^SMTP smtp:\/\/127\.0\.0\.1:/);
    await mailer.send({ to: "officer@example.gov", subject: "Проверка", text: "Привет, мир" });
    const received = await mailbox.next("officer@example.gov");
    expect(received.subject).toBe("Проверка");
    expect(received.text.trim()).toBe("Привет, мир");
    await mailer.close();
    await mailbox.close();
  });

  it("keeps mail as .eml files in <DATA_DIR>/outbox in development without SMTP_URL", async () => {
    const mailer = await createMailer(loadConfig({ NODE_ENV: "development", DATA_DIR: folder }));
    expect(mailer.describe).toContain(path.join(folder, "outbox"));
    await mailer.send({
      to: "someone@example.org",
      subject: "Hello",
      text: "A real SMTP conversation",
    });
    const files = await readdir(path.join(folder, "outbox"));
    expect(files).toHaveLength(1);
    const parsed = await simpleParser(await readFile(path.join(folder, "outbox", files[0] ?? "")));
    expect(parsed.subject).toBe("Hello");
    expect(parsed.text?.trim()).toBe("A real SMTP conversation");
    await mailer.close();
  });

  it("refuses to start in production without SMTP_URL", () => {
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://x@localhost/y",
        PUBLIC_URL: "https://haven.example",
      }),
    ).toThrow(/SMTP_URL is required/);
  });
});
