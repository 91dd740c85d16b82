import type { Kysely, Transaction } from "kysely";
import type { DecideContext } from "../core/decision.ts";
import type { Pathway } from "../core/pathway/index.ts";
import type { SessionTimeouts } from "./auth/sessionPolicy.ts";
import { defaultSessionTimeouts } from "./auth/sessionPolicy.ts";
import type { CaseProjection } from "./caseLog/projection.ts";
import type { Database } from "./database/schema.ts";
import { ephemeralSecretBox, type SecretBox } from "./keys/secrets.ts";
import { ephemeralSigner, type Signer } from "./keys/signing.ts";
import type { Mailer } from "./mail/mailer.ts";
import {
  defaultOutboxSettings,
  type OutboxHandlers,
  type OutboxSettings,
  type OutboxWorker,
  startOutboxWorker,
} from "./outbox/worker.ts";

/** What the composition root hands the platform of the pathway's areas. */
export interface House {
  pathway: Pathway;
  /** Every read model the modules declare, updated in each command's transaction. */
  projections: readonly CaseProjection[];
  /** What a decision at `at` is given: the actor and the policy in force (built in and recorded). */
  decisionContext: (
    db: Kysely<Database> | Transaction<Database>,
    at: string,
    actor: string,
    /** The command to decide, whose references the modules look up (none when not given). */
    command?: { type: string },
  ) => Promise<DecideContext>;
  /** What the modules add to the outbox: senders for their channels, steps after delivery. */
  outboxHandlers?: (services: Services) => OutboxHandlers;
}

/** Everything a use case may touch, wired by plain functions (no container). */
export interface Services extends House {
  db: Kysely<Database>;
  /** The only clock adapters read; domain code receives the time from them. */
  clock: () => Date;
  /** Sends what the outbox worker delivers; null where no mail can be sent. */
  mailer: Mailer | null;
  /** Delivers outbox messages in this process. */
  outbox: OutboxWorker;
  /** Where people reach the web app, for links in e-mail (no trailing slash). */
  publicUrl: string;
  sessionTimeouts: SessionTimeouts;
  /** Signs what outsiders keep (audit checkpoints, lottery receipts). */
  signer: Signer;
  /** Seals the secrets kept at rest (TOTP secrets) under SECRETS_KEY. */
  secrets: SecretBox;
}

export interface ServiceOptions {
  clock?: () => Date;
  mailer?: Mailer | null;
  publicUrl?: string;
  sessionTimeouts?: SessionTimeouts;
  /** The server's key (config SIGNING_KEY); a key of this process alone when not given. */
  signer?: Signer;
  /** The server's secrets key (config SECRETS_KEY); a key of this process alone when not given. */
  secrets?: SecretBox;
  /** How this process delivers outbox messages (pollMs 0: it leaves them to others). */
  outbox?: Partial<OutboxSettings>;
  /** Where the outbox worker reports a failure (by kind, never an address). */
  onError?: (error: unknown) => void;
}

export function buildServices(
  db: Kysely<Database>,
  house: House,
  options: ServiceOptions = {},
): Services {
  const clock = options.clock ?? (() => new Date());
  const mailer = options.mailer ?? null;
  const settings = { ...defaultOutboxSettings, ...options.outbox };
  let handlers: OutboxHandlers | undefined;
  const services: Services = {
    ...house,
    db,
    clock,
    mailer,
    outbox: startOutboxWorker(
      db,
      mailer,
      clock,
      settings,
      options.onError ?? (() => {}),
      // The modules' handlers are handed the services this worker is part of.
      () => {
        handlers ??= house.outboxHandlers?.(services) ?? { senders: {}, delivered: {} };
        return handlers;
      },
    ),
    publicUrl: options.publicUrl ?? "http://localhost:3000",
    sessionTimeouts: options.sessionTimeouts ?? defaultSessionTimeouts,
    signer: options.signer ?? ephemeralSigner(),
    secrets: options.secrets ?? ephemeralSecretBox(),
  };
  return services;
}
