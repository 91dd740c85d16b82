import { type ParsedMail, simpleParser } from "mailparser";
import { type SmtpSink, startSmtpSink } from "../mail/sink.ts";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** The Message-ID header (the outbox id, for Haven's mail). */
  messageId: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server for tests (smtp-server), whose messages are parsed with mailparser: the
 * server under test speaks real SMTP to it, nothing is mocked.
 */
export interface Mailbox {
  url: string;
  messages: ReceivedMail[];
  /** The first message (received or still to come) to this address, after `skip` earlier ones. */
  next: (to: string, skip?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

export interface MailboxOptions {
  /**
   * Refuses the n-th message offered (from 1) with "451 try again later" when it returns true,
   * as a busy or greylisting server does.
   */
  refuse?: (offered: number) => boolean;
}

export async function startMailbox(options: MailboxOptions = {}): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let offered = 0;
  const sink: SmtpSink = await startSmtpSink(async (raw, recipients) => {
    offered += 1;
    if (options.refuse?.(offered)) {
      throw Object.assign(new Error("Try again later"), { responseCode: 451 });
    }
    const parsed = await simpleParser(raw);
    messages.push({
      to: recipients,
      subject: parsed.subject ?? "",
      text: parsed.text ?? "",
      messageId: parsed.messageId ?? "",
      parsed,
    });
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (to: string, skip = 0): Promise<ReceivedMail> => {
    for (;;) {
      const found = messages.filter((m) => m.to.includes(to))[skip];
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { url: sink.url, messages, next, close: sink.close };
}
