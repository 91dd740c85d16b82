import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./server.ts";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailbox {
  /** `smtp://127.0.0.1:<port>`, for the server's SMTP_URL. */
  url: string;
  messages: readonly ReceivedMail[];
  /** The first message to `to` (case-insensitive), waiting for it to arrive if need be. */
  waitForMessage(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function recipients(mail: ParsedMail, envelope: string[]): string[] {
  const headers = [mail.to ?? []].flat().flatMap((address) => address.value);
  const fromHeaders = headers.map((address) => address.address ?? "").filter(Boolean);
  return [...new Set([...envelope, ...fromHeaders].map((address) => address.toLowerCase()))];
}

/** A real SMTP server on a free loopback port that keeps every message it receives, parsed. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const envelope = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      simpleParser(stream).then(
        (mail) => {
          messages.push({
            to: recipients(mail, envelope),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  const find = (to: string) => messages.find((mail) => mail.to.includes(to.toLowerCase()));

  const waitForMessage = (to: string, timeoutMs = 15_000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const mail = find(to);
        if (!mail) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = messages.map((mail) => mail.to.join(",")).join("; ") || "none";
        reject(new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${seen}).`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text that starts with `prefix`. */
export function findLink(mail: ReceivedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}\\S+`).exec(mail.text);
  if (!match) throw new Error(`No link starting with ${prefix} in:\n${mail.text}`);
  return match[0].replace(/[.,;)>]+$/, "");
}
