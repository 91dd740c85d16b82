import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A small SMTP server in the same process: a real SMTP conversation, whose messages are handed
 * to `onMessage` as raw RFC 5322 bytes. Development keeps them as .eml files; tests parse them.
 */
export interface SmtpSink {
  url: string;
  close: () => Promise<void>;
}

export async function startSmtpSink(
  onMessage: (raw: Buffer, recipients: string[]) => Promise<void> | void,
): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const recipients = session.envelope.rcptTo.map((to) => to.address);
        Promise.resolve(onMessage(Buffer.concat(chunks), recipients)).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
