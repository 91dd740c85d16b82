import type { Kysely } from "kysely";
import type { Database } from "../database/schema.ts";
import type { Mailer } from "../mail/mailer.ts";
import { type ClaimedMessage, claimDue, recordAttempt } from "./store.ts";

export interface OutboxSettings {
  /** How often every process looks for due messages; 0: this process sends nothing. */
  pollMs: number;
  /** The wait after the first failed attempt; it doubles with each one (at most `maxBackoffMs`). */
  backoffMs: number;
  maxBackoffMs: number;
  /** After this many failed attempts the message is given up as failed (still on record). */
  maxAttempts: number;
  /** How long a process may hold a message while sending it. */
  leaseMs: number;
}

export const defaultOutboxSettings: OutboxSettings = {
  pollMs: 1_000,
  backoffMs: 30_000,
  maxBackoffMs: 6 * 60 * 60 * 1000,
  maxAttempts: 12,
  leaseMs: 120_000,
};

/** The wait before attempt `failed + 1`, after `failed` attempts failed; null: give up. */
export function retryDelay(failed: number, settings: OutboxSettings): number | null {
  if (failed >= settings.maxAttempts) return null;
  return Math.min(settings.backoffMs * 2 ** (failed - 1), settings.maxBackoffMs);
}

/** What an SMTP failure said, without the address: its reply code and text, or its kind. */
function failureDetail(error: unknown): string {
  const failure = error as {
    responseCode?: number;
    response?: string;
    code?: string;
    name?: string;
  };
  if (failure.responseCode) {
    return `${failure.responseCode} ${String(failure.response ?? "").replace(/<[^>]*>/g, "<…>")}`
      .trim()
      .slice(0, 300);
  }
  return failure.code ?? failure.name ?? "error";
}

/**
 * What modules add to the outbox (they hand it in through the composition root; the platform
 * names none of them): a sender for each channel other than e-mail, and a step each purpose's
 * messages take once delivered (e.g. a notice's delivery put on its case's record). Both may run
 * twice for one message (a process that dies before the attempt is recorded), so both must be
 * idempotent.
 */
export interface OutboxHandlers {
  /**
   * Delivers a message of a channel ("portal"), or of one purpose on a channel ("email/notice",
   * which composes its message from the module's records); resolves to what was done (a mail
   * server's reply), throws when it was not. E-mail of any other purpose goes by the mailer.
   */
  senders: Readonly<Record<string, (message: ClaimedMessage) => Promise<string>>>;
  /** Runs after a message of the purpose was delivered; a throw makes the attempt a failed one. */
  delivered: Readonly<Record<string, (message: ClaimedMessage, at: Date) => Promise<void>>>;
}

export const noOutboxHandlers: OutboxHandlers = { senders: {}, delivered: {} };

export interface OutboxWorker {
  /** Looks for due messages now (after a commit that put one in). */
  wake: () => void;
  /** One pass over what is due; resolves to how many messages were tried. */
  drain: () => Promise<number>;
  stop: () => Promise<void>;
}

/**
 * Delivers outbox messages, in every server process: any number of workers share the table
 * (SKIP LOCKED and a lease), each message is tried until sent or given up, and every attempt
 * is recorded with its result. A message may be sent twice only if a process dies between the
 * SMTP server's acceptance and the record of it; its Message-ID (the outbox id) lets the
 * receiving side tell.
 */
export function startOutboxWorker(
  db: Kysely<Database>,
  mailer: Mailer | null,
  clock: () => Date,
  settings: OutboxSettings,
  onError: (error: unknown) => void,
  handlers: () => OutboxHandlers = () => noOutboxHandlers,
): OutboxWorker {
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  const sendMail = async (message: ClaimedMessage): Promise<string> => {
    if (!mailer) throw Object.assign(new Error("no mailer"), { code: "no mailer is configured" });
    const reply = await mailer.send({
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      messageId: message.id,
    });
    return reply;
  };

  const deliver = async (message: ClaimedMessage) => {
    let sent = false;
    let detail: string;
    const { senders, delivered } = handlers();
    const send =
      senders[`${message.channel}/${message.purpose}`] ??
      (message.channel === "email" ? sendMail : senders[message.channel]);
    try {
      if (!send)
        throw Object.assign(new Error("no sender"), { code: `no sender for ${message.channel}` });
      detail = (await send(message)).slice(0, 300);
      sent = true;
      const after = delivered[message.purpose];
      if (after) {
        try {
          await after(message, clock());
        } catch (error) {
          // Delivered, but not on record: tried again (the steps are idempotent).
          sent = false;
          detail = `delivered; recording it failed: ${failureDetail(error)}`;
          onError(error);
        }
      }
    } catch (error) {
      detail = failureDetail(error);
    }
    const at = clock();
    const delay = sent ? null : retryDelay(message.attempts + 1, settings);
    await recordAttempt(db, message, {
      at,
      sent,
      detail,
      retryAt: delay === null ? null : new Date(at.getTime() + delay),
    });
  };

  const pass = async (): Promise<number> => {
    let tried = 0;
    for (;;) {
      const claimed = await claimDue(db, clock(), settings.leaseMs, 20);
      for (const message of claimed) await deliver(message);
      tried += claimed.length;
      if (claimed.length < 20 || stopped) return tried;
    }
  };

  const drain = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((error) => {
        onError(error);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void drain();
        }
      });
    return running;
  };

  const timer = settings.pollMs > 0 ? setInterval(() => void drain(), settings.pollMs) : null;
  timer?.unref();
  return {
    wake: () => {
      if (settings.pollMs > 0 && !stopped) void drain();
    },
    drain,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
