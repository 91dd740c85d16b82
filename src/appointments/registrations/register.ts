import { randomBytes, randomUUID } from "node:crypto";
import type { Services } from "../../platform/services.ts";
import { ensureWindow } from "../draws/windows.ts";
import { currentWindowDate } from "../window.ts";
import { GroupCommit } from "./groupCommit.ts";
import { personKeys } from "./identity.ts";
import type { RegistrationInput } from "./schemas.ts";
import {
  type PreparedPerson,
  type RegistrationJob,
  type RegistrationOutcome,
  writeRegistrations,
} from "./writeBatch.ts";

const writers = new WeakMap<Services, GroupCommit<RegistrationJob, RegistrationOutcome>>();

/**
 * One group-commit writer per server (per Services): batches of up to 200, 4 at a time (each
 * holds one of the pool's 10 connections while it reads or writes; in the surge benchmark 4 gave
 * slightly more registrations a second than 2, since a batch waiting for its commit leaves the
 * processors to the others).
 */
function writerFor(services: Services): GroupCommit<RegistrationJob, RegistrationOutcome> {
  let writer = writers.get(services);
  if (!writer) {
    writer = new GroupCommit((jobs) => writeRegistrations(services.db, jobs), {
      maxBatch: 200,
      maxInFlight: 4,
    });
    writers.set(services, writer);
  }
  return writer;
}

/** A random anonymous request id: 32 hex digits (docs/lottery.md, the published record). */
export function newRequestId(): string {
  return randomBytes(16).toString("hex");
}

/** The principal and members of a registration, each with a new id, identity keys and field. */
export function preparePeople(input: RegistrationInput): PreparedPerson[] {
  return [input.principal, ...input.members].map((person, at) => ({
    personId: randomUUID(),
    person,
    keys: personKeys(person),
    field: at === 0 ? "body.principal" : `body.members.${at - 1}`,
  }));
}

/**
 * A registration ready for the batch writer: a new id and request id, and its people prepared
 * (or as the caller already prepared them). Used by the route, the demo and the tests.
 */
export function registrationJob(fields: {
  accountId: string;
  actor: string;
  input: RegistrationInput;
  windowDate: string | null;
  now: Date;
  people?: PreparedPerson[];
}): RegistrationJob {
  const { people, ...rest } = fields;
  return {
    ...rest,
    id: randomUUID(),
    people: people ?? preparePeople(fields.input),
    requestId: newRequestId(),
  };
}

export type RegisterResult =
  | RegistrationOutcome
  | { kind: "invalid"; errors: { field: string; message: string }[] };

/**
 * Registers a principal and the family travelling with them. Validation and the identity keys are
 * computed here; the identity check and the write happen in the group-commit batch, and the
 * answer comes only after the batch has committed. The answer is the same whether or not the
 * people match someone registered (a match is held for the officer's review, writeBatch.ts).
 */
export async function registerForAppointments(
  services: Services,
  accountId: string,
  actor: string,
  input: RegistrationInput,
): Promise<RegisterResult> {
  const people = preparePeople(input);
  const errors: { field: string; message: string }[] = [];
  const seen = new Map<string, string>();
  for (const person of people) {
    const earlier = seen.get(person.keys.identityKey);
    if (earlier) {
      errors.push({ field: person.field, message: `is the same person as ${earlier}` });
    } else seen.set(person.keys.identityKey, person.field);
  }
  const now = services.clock();
  for (const person of people) {
    if (person.person.dateOfBirth > now.toISOString().slice(0, 10)) {
      errors.push({ field: `${person.field}.dateOfBirth`, message: "must not be in the future" });
    }
  }
  if (errors.length > 0) return { kind: "invalid", errors };
  let windowDate: string | null = null;
  if (input.requestCurrentWindow) {
    windowDate = currentWindowDate(now.toISOString());
    await ensureWindow(services.db, windowDate);
  }
  const job = registrationJob({ accountId, actor, input, windowDate, now, people });
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writerFor(services).submit(job);
    } catch (error) {
      // The same person registered at the same instant by another process: written again, this
      // registration now finds them and is held like any other match.
      if (attempt >= IDENTITY_RACE_ATTEMPTS || !isIdentityRace(error)) throw error;
    }
  }
}

/** Tries of one registration that meets the same person being registered elsewhere. */
const IDENTITY_RACE_ATTEMPTS = 3;

function isIdentityRace(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  const constraint = (error as { constraint?: string }).constraint ?? "";
  return code === "23505" && constraint.includes("identity_key");
}
