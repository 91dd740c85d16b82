import { type ParsedMail, simpleParser } from "mailparser";
import { type SmtpSink, startSmtpSink } from "../mail/sink.ts";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
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

export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const sink: SmtpSink = await startSmtpSink(async (raw, recipients) => {
    const parsed = await simpleParser(raw);
    messages.push({
      to: recipients,
      subject: parsed.subject ?? "",
      text: parsed.text ?? "",
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
