import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../config.ts";
import { startSmtpSink } from "./sink.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The outbox id: the message's Message-ID, so a receiver can tell a message sent twice. */
  messageId?: string;
}

/**
 * Sends mail over SMTP, for the outbox worker (use cases put mail in the outbox). Resolves to the
 * server's reply to the message (e.g. "250 OK: queued").
 */
export interface Mailer {
  send: (message: MailMessage) => Promise<string>;
  /** Where the mail goes, for the start-up message (never a password). */
  describe: string;
  close: () => Promise<void>;
}

export function smtpMailer(smtpUrl: string, from: string, describe?: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const where = new URL(smtpUrl);
  return {
    describe: describe ?? `SMTP ${where.protocol}//${where.host}`,
    send: async ({ messageId, ...message }) => {
      const info = await transport.sendMail({
        from,
        ...message,
        ...(messageId ? { messageId: `<${messageId}@${domainOf(from)}>` } : {}),
      });
      return String(info.response ?? "");
    },
    close: async () => transport.close(),
  };
}

/** The domain of a sender address ("Haven <no-reply@haven.example>" → "haven.example"). */
function domainOf(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? "haven.localhost";
}

/**
 * The mailer for a configuration: SMTP_URL when set; otherwise, outside production, an SMTP sink
 * in this process that keeps each message as an .eml file in `<DATA_DIR>/outbox/`.
 */
export async function createMailer(config: Config): Promise<Mailer> {
  if (config.mail.smtpUrl) return smtpMailer(config.mail.smtpUrl, config.mail.from);
  if (config.env === "production") throw new Error("SMTP_URL is required in production");
  const outbox = config.mail.outboxDir;
  await mkdir(outbox, { recursive: true });
  const sink = await startSmtpSink(async (raw) => {
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`;
    await writeFile(path.join(outbox, name), raw);
  });
  const mailer = smtpMailer(sink.url, config.mail.from, `the development outbox ${outbox}`);
  return {
    ...mailer,
    close: async () => {
      await mailer.close();
      await sink.close();
    },
  };
}
