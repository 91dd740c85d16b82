/**
 * One batch of registrations: find the people already registered that each new person could be
 * (one query for the whole batch), decide each registration with the identity module's
 * matchPerson, then write every accepted registration in ONE transaction with multi-row inserts
 * (registrations, their people with the unique identity key and match blocks, requests, audit
 * entries). The caller (GroupCommit) answers each request only after the commit. The people's
 * `persons` rows and the account's links to them are made at check-in (checkIn.ts).
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { matchPerson, type RegisteredPerson } from "../identity/index.ts";
import { allBlocks, type PersonKeys } from "./identity.ts";
import type { PersonInput, RegistrationInput } from "./schemas.ts";

/** More registrations than this from one account are refused (DHS OIG-24-48: 466 in a month). */
export const MAX_REGISTRATIONS_PER_ACCOUNT = 5;

export interface PreparedPerson {
  personId: string;
  person: PersonInput;
  keys: PersonKeys;
  /** Where the person is in the request body, e.g. "body.members.1". */
  field: string;
}

export interface RegistrationJob {
  id: string;
  accountId: string;
  actor: string;
  input: RegistrationInput;
  people: PreparedPerson[];
  /** The window asked for, or null; whether it is still open is checked in the transaction. */
  windowDate: string | null;
  requestId: string;
  now: Date;
}

export type RegistrationOutcome =
  | {
      kind: "registered";
      id: string;
      people: { personId: string; displayName: string }[];
      request: { windowDate: string } | null;
    }
  | { kind: "review"; id: string; reason: string; code: string }
  | { kind: "duplicate"; field: string; message: string; code: string }
  | { kind: "limit"; message: string };

/** A PostgreSQL array literal of strings (quoted and escaped). */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

export function displayName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

interface Candidate extends RegisteredPerson {
  blocks: string[];
}

/**
 * The batch's reads are ONE statement (each statement costs a round trip and the database's
 * per-statement work, which a surge feels): the registered people each new person could be, by
 * each kind of block, and how many registrations each account holds (rows of the second kind
 * have only `account_id` and `registrations`).
 * Each read is a lateral lookup, one index probe per key or account, on purpose: as plain joins
 * the planner took a hash join over all registered people, which grew with the table. `offset 0`
 * keeps a lateral subquery from being pulled up into such a join.
 */
async function readCandidates(db: Kysely<Database>, jobs: readonly RegistrationJob[]) {
  const lookups = (kind: keyof PersonKeys["lookups"]) => [
    ...new Set(jobs.flatMap((job) => job.people.flatMap((p) => p.keys.lookups[kind]))),
  ];
  const accountIds = [...new Set(jobs.map((job) => job.accountId))];
  const byKind = (kind: keyof PersonKeys["lookups"]) => sql`
    select k.block_key, p.person_id, p.given_name, p.family_name, p.date_of_birth,
      null::uuid as account_id, null::int as registrations
    from unnest(${pgArray(lookups(kind))}::text[]) as k(block_key)
    cross join lateral (
      select person_id, given_name, family_name, date_of_birth from registration_people
      where ${sql.ref(`${kind}_block`)} = k.block_key offset 0) p`;
  const { rows } = await sql<
    | {
        account_id: null;
        block_key: string;
        person_id: string;
        given_name: string;
        family_name: string;
        date_of_birth: string;
      }
    | { account_id: string; registrations: number }
  >`${byKind("family")} union all ${byKind("given")} union all ${byKind("names")}
    union all
    select null, null, null, null, null, a.id, c.registrations
    from unnest(${pgArray(accountIds)}::uuid[]) as a(id)
    cross join lateral (
      select count(*)::int as registrations from appointment_registrations r
      where r.account_id = a.id) c`.execute(db);
  const byBlock = new Map<string, Candidate[]>();
  const index = (candidate: Candidate) => {
    for (const block of candidate.blocks) {
      const list = byBlock.get(block);
      if (list) list.push(candidate);
      else byBlock.set(block, [candidate]);
    }
  };
  const accountsById = new Map<string, { registrations: number }>();
  for (const row of rows) {
    if (row.account_id !== null) {
      accountsById.set(row.account_id, row);
      continue;
    }
    index({
      id: row.person_id,
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      blocks: [row.block_key],
    });
  }
  return { byBlock, index, accountsById };
}

type Decided = { job: RegistrationJob; status: "active" | "review"; reason: string | null };

/** Decides each registration of the batch against the registered people and the batch itself. */
async function decide(db: Kysely<Database>, jobs: readonly RegistrationJob[]) {
  const { byBlock, index, accountsById } = await readCandidates(db, jobs);
  const outcomes = new Array<RegistrationOutcome | null>(jobs.length).fill(null);
  const accepted: Decided[] = [];
  const perAccount = new Map<string, number>();
  jobs.forEach((job, at) => {
    const count =
      (accountsById.get(job.accountId)?.registrations ?? 0) + (perAccount.get(job.accountId) ?? 0);
    if (count >= MAX_REGISTRATIONS_PER_ACCOUNT) {
      outcomes[at] = {
        kind: "limit",
        message: `An account may hold at most ${MAX_REGISTRATIONS_PER_ACCOUNT} registrations; this one holds ${count}.`,
      };
      return;
    }
    let review: { reason: string; code: string } | null = null;
    for (const person of job.people) {
      const seen = new Map<string, Candidate>();
      for (const block of allBlocks(person.keys.lookups)) {
        for (const candidate of byBlock.get(block) ?? []) seen.set(candidate.id, candidate);
      }
      const result = matchPerson(person.person, [...seen.values()]);
      if (result.verdict === "duplicate") {
        outcomes[at] = {
          kind: "duplicate",
          field: person.field,
          message: result.reason,
          code: result.code,
        };
        return;
      }
      if (result.verdict === "review" && !review) {
        review = { reason: result.reason, code: result.code };
      }
    }
    for (const person of job.people) {
      index({
        id: person.personId,
        givenName: person.person.givenName,
        familyName: person.person.familyName,
        dateOfBirth: person.person.dateOfBirth,
        blocks: allBlocks(person.keys.blocks),
      });
    }
    perAccount.set(job.accountId, (perAccount.get(job.accountId) ?? 0) + 1);
    accepted.push({ job, status: review ? "review" : "active", reason: review?.reason ?? null });
    outcomes[at] = review
      ? { kind: "review", id: job.id, reason: review.reason, code: review.code }
      : null;
  });
  return { outcomes, accepted };
}

/** Decides and writes a batch; throws when the write fails (GroupCommit retries singly). */
export async function writeRegistrations(
  db: Kysely<Database>,
  jobs: RegistrationJob[],
): Promise<RegistrationOutcome[]> {
  const { outcomes, accepted } = await decide(db, jobs);
  if (accepted.length === 0) return outcomes as RegistrationOutcome[];
  const open = await insertBatch(db, accepted);
  return jobs.map((job, at) => {
    const outcome = outcomes[at];
    if (outcome) return outcome;
    const windowDate = job.windowDate && open.has(job.windowDate) ? job.windowDate : null;
    return {
      kind: "registered",
      id: job.id,
      people: job.people.map((p) => ({ personId: p.personId, displayName: displayName(p.person) })),
      request: windowDate ? { windowDate } : null,
    };
  });
}

/**
 * The whole batch as ONE statement (data-modifying CTEs: one round trip, one commit, atomic).
 * Plain inserts, no ON CONFLICT (a speculative insertion costs more per row): a person registered
 * meanwhile by another batch makes the unique identity key refuse the statement, and GroupCommit
 * retries its registrations one by one.
 * Requests for a window are written only if its row, read FOR SHARE, is open: a close (FOR UPDATE)
 * waits for this statement and sees its requests, or this statement sees the window closed.
 * Returns the windows that were open.
 */
async function insertBatch(db: Kysely<Database>, accepted: Decided[]): Promise<Set<string>> {
  const people = accepted.flatMap(({ job }) =>
    job.people.map((p, position) => ({ job, p, position })),
  );
  const now = accepted[0]?.job.now ?? new Date();
  const col = <T>(rows: T[], pick: (row: T) => string | null) => rows.map(pick);
  const asking = accepted.filter((d) => d.status === "active" && d.job.windowDate !== null);
  const dates = [...new Set(asking.map((d) => d.job.windowDate as string))];
  const { rows } = await sql<{ open: string[] }>`
    with w as (
      select date from lottery_windows
      where date = any(${dates}::date[]) and status = 'open'
        and opens_at <= ${now}::timestamptz and closes_at > ${now}::timestamptz
      for share
    ),
    reg as (
      select * from unnest(
        ${col(accepted, (d) => d.job.id)}::uuid[], ${col(accepted, (d) => d.job.accountId)}::uuid[],
        ${col(accepted, (d) => d.job.actor)}::text[],
        ${col(accepted, (d) => d.status)}::text[], ${col(accepted, (d) => d.reason)}::text[],
        ${col(accepted, (d) => d.job.input.language)}::text[],
        ${col(accepted, (d) => pgArray(d.job.input.preferredPorts))}::text[],
        ${col(accepted, (d) => d.job.input.contact.email ?? null)}::text[],
        ${col(accepted, (d) => d.job.input.contact.phone ?? null)}::text[],
        ${col(accepted, (d) => (d.status === "active" ? d.job.windowDate : null))}::date[],
        ${col(accepted, (d) => String(d.job.people.length))}::int[],
        ${col(accepted, (d) => d.job.requestId)}::text[])
      as t(id, account, actor, status, reason, language, ports, email, phone, wanted, size, request)
    ),
    registrations_in as (
      insert into appointment_registrations (id, account_id, status, review_reason, language,
        preferred_ports, contact_email, contact_phone, first_requested_on, created_at)
      select id, account, status, reason, language, ports::text[], email, phone,
        (select w.date from w where w.date = reg.wanted), ${now}::timestamptz
      from reg
    ),
    people_in as (
      insert into registration_people (registration_id, position, person_id, given_name,
        family_name, native_given_name, native_family_name, date_of_birth, nationality, languages,
        family_block, given_block, names_block)
      select r, pos, id, g, f, ng, nf, d, n, l::text[], bf, bg, bn from unnest(
        ${col(people, (r) => r.job.id)}::uuid[], ${col(people, (r) => String(r.position))}::smallint[],
        ${col(people, (r) => r.p.personId)}::uuid[],
        ${col(people, (r) => r.p.person.givenName)}::text[],
        ${col(people, (r) => r.p.person.familyName)}::text[],
        ${col(people, (r) => r.p.person.nativeGivenName ?? null)}::text[],
        ${col(people, (r) => r.p.person.nativeFamilyName ?? null)}::text[],
        ${col(people, (r) => r.p.person.dateOfBirth)}::date[],
        ${col(people, (r) => r.p.person.nationality)}::text[],
        ${col(people, (r) => pgArray(r.p.person.languages))}::text[],
        ${col(people, (r) => r.p.keys.blocks.family)}::text[],
        ${col(people, (r) => r.p.keys.blocks.given)}::text[],
        ${col(people, (r) => r.p.keys.blocks.names)}::text[])
        as t(r, pos, id, g, f, ng, nf, d, n, l, bf, bg, bn)
    ),
    requests_in as (
      insert into appointment_requests (id, registration_id, window_date, group_size,
        preferred_ports, status, requested_at)
      select request, id, wanted, size, ports::text[], 'pending', ${now}::timestamptz
      from reg where wanted in (select date from w)
    ),
    audit_in as (
      insert into audit_log (actor, action, subject_type, subject_id, details)
      select actor, 'registration.create', 'registration', id::text,
        jsonb_build_object('status', status, 'people', size,
          'windowDate', (select w.date::text from w where w.date = reg.wanted))
      from reg
    )
    select array(select date::text from w) as open`.execute(db);
  return new Set(rows[0]?.open ?? []);
}
