import { randomBytes, randomUUID } from "node:crypto";
import type { Services } from "../../platform/services.ts";
import { ensureWindow } from "../draws/windows.ts";
import { currentWindowDate } from "../window.ts";
import { GroupCommit } from "./groupCommit.ts";
import { identityKey, personKeys } from "./identity.ts";
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
 * computed here; the duplicate check and the write happen in the group-commit batch, and the
 * answer comes only after the batch has committed.
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
  try {
    return await writerFor(services).submit(job);
  } catch (error) {
    const duplicate = await duplicateOf(services, job, error);
    if (duplicate) return duplicate;
    throw error;
  }
}

/**
 * A registration of the same person committed between our check and our write (another request,
 * maybe in another process): the unique identity key refused ours. Name the person.
 */
async function duplicateOf(
  services: Services,
  job: RegistrationJob,
  error: unknown,
): Promise<RegistrationOutcome | null> {
  const code = (error as { code?: string }).code;
  const constraint = (error as { constraint?: string }).constraint ?? "";
  if (code !== "23505" || !constraint.includes("identity_key")) return null;
  const taken = await services.db
    .selectFrom("registration_people")
    .select(["family_block", "given_block"])
    .where(
      "family_block",
      "in",
      job.people.map((p) => p.keys.blocks.family),
    )
    .execute();
  const keys = new Set(taken.map((row) => identityKey(row.family_block, row.given_block)));
  const person = job.people.find((p) => keys.has(p.keys.identityKey)) ?? job.people[0];
  return {
    kind: "duplicate",
    field: person?.field ?? "body.principal",
    code: "identity.duplicate.same-name",
    message:
      "This person is already registered: the same family name, given name and date of birth, allowing for different spellings of the same name.",
  };
}
