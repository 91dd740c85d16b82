/**
 * One batch of registrations: find the people already registered that each new person could be
 * (one query for the whole batch, candidates.ts), rank each person's matches with the identity
 * module, then write every registration in ONE statement with multi-row inserts (registrations,
 * their people with the identity key and match blocks, the matches found, requests, audit
 * entries). The caller (GroupCommit) answers each request only after the commit. The people's
 * `persons` rows and the account's links to them are made at check-in (checkIn.ts).
 *
 * Whatever the check finds, the registration is written and answered the same way (8 CFR 208.6:
 * the answer never tells who else is registered). A registration with a match is held for the
 * officer's review beside it (`held_since`, the stored matches) and stays in the draw: it is
 * resolved by the officer's review and, at the port, by documents (README, "Who is registered").
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import { type FoundCode, matchReasons, rankMatches } from "../identity/index.ts";
import { type Candidate, pgArray, readCandidates } from "./candidates.ts";
import { allBlocks, type PersonKeys } from "./identity.ts";
import type { PersonInput, RegistrationInput } from "./schemas.ts";

/** More registrations than this from one account are refused (DHS OIG-24-48: 466 in a month). */
export const MAX_REGISTRATIONS_PER_ACCOUNT = 5;

/** The matches stored per person for the officer (the strongest); the rest are only counted. */
export const MATCHES_KEPT = 5;

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
  | { kind: "limit"; message: string };

export function displayName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** A stored match: who in the registration, whom they may be, why, and how many were found. */
export interface MatchRow {
  registrationId: string;
  position: number;
  rank: number;
  matchedRegistrationId: string;
  matchedPosition: number;
  code: FoundCode;
  found: number;
}

type Decided = {
  job: RegistrationJob;
  /** Why it is held for review (for the officer), or null when nothing matched. */
  heldBecause: string | null;
  /** Per person: whether the exact identity key was registered already. */
  taken: boolean[];
  matches: MatchRow[];
};

/** The matches of each person of a registration against the registered people (and the batch). */
function matchesOf(job: RegistrationJob, byBlock: Map<string, Candidate[]>) {
  const taken: boolean[] = [];
  const matches: MatchRow[] = [];
  job.people.forEach((person, position) => {
    const seen = new Map<string, Candidate>();
    for (const block of allBlocks(person.keys.lookups)) {
      for (const candidate of byBlock.get(block) ?? []) seen.set(candidate.id, candidate);
    }
    const ranked = rankMatches(person.person, [...seen.values()], MATCHES_KEPT);
    taken.push(ranked.sameIdentity);
    ranked.kept.forEach((match, rank) => {
      matches.push({
        registrationId: job.id,
        position,
        rank,
        matchedRegistrationId: match.person.registrationId,
        matchedPosition: match.person.position,
        code: match.code,
        found: ranked.found,
      });
    });
  });
  // The officer is told the strongest reason: a same-identity match before a probable one.
  const best =
    matches.find((match) => match.code.startsWith("identity.duplicate"))?.code ?? matches[0]?.code;
  return { taken, matches, heldBecause: best ? matchReasons[best] : null };
}

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
    accepted.push({ job, ...matchesOf(job, byBlock) });
    job.people.forEach((person, position) => {
      index({
        id: person.personId,
        registrationId: job.id,
        position,
        givenName: person.person.givenName,
        familyName: person.person.familyName,
        dateOfBirth: person.person.dateOfBirth,
        blocks: allBlocks(person.keys.blocks),
      });
    });
    perAccount.set(job.accountId, (perAccount.get(job.accountId) ?? 0) + 1);
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
 * retries its registrations one by one (each then sees that person, and is held).
 * Requests for a window are written only if its row, read FOR SHARE, is open: a close (FOR UPDATE)
 * waits for this statement and sees its requests, or this statement sees the window closed.
 * Returns the windows that were open.
 */
async function insertBatch(db: Kysely<Database>, accepted: Decided[]): Promise<Set<string>> {
  const people = accepted.flatMap((decided) =>
    decided.job.people.map((p, position) => ({ decided, job: decided.job, p, position })),
  );
  const matches = accepted.flatMap((decided) => decided.matches);
  const now = accepted[0]?.job.now ?? new Date();
  const col = <T>(rows: T[], pick: (row: T) => string | null) => rows.map(pick);
  const dates = [
    ...new Set(accepted.flatMap((d) => (d.job.windowDate === null ? [] : [d.job.windowDate]))),
  ];
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
        ${col(accepted, (d) => d.job.actor)}::text[], ${col(accepted, (d) => d.heldBecause)}::text[],
        ${col(accepted, (d) => d.job.input.language)}::text[],
        ${col(accepted, (d) => pgArray(d.job.input.preferredPorts))}::text[],
        ${col(accepted, (d) => d.job.input.contact.email ?? null)}::text[],
        ${col(accepted, (d) => d.job.input.contact.phone ?? null)}::text[],
        ${col(accepted, (d) => d.job.windowDate)}::date[],
        ${col(accepted, (d) => String(d.job.people.length))}::int[],
        ${col(accepted, (d) => d.job.requestId)}::text[])
      as t(id, account, actor, held, language, ports, email, phone, wanted, size, request)
    ),
    registrations_in as (
      insert into appointment_registrations (id, account_id, status, review_reason, held_since,
        language, preferred_ports, contact_email, contact_phone, first_requested_on, created_at)
      select id, account, 'active', held,
        case when held is null then null else ${now}::timestamptz end,
        language, ports::text[], email, phone,
        (select w.date from w where w.date = reg.wanted), ${now}::timestamptz
      from reg
    ),
    people_in as (
      insert into registration_people (registration_id, position, person_id, given_name,
        family_name, native_given_name, native_family_name, date_of_birth, nationality, languages,
        family_block, given_block, names_block, identity_taken)
      select r, pos, id, g, f, ng, nf, d, n, l::text[], bf, bg, bn, taken from unnest(
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
        ${col(people, (r) => r.p.keys.blocks.names)}::text[],
        ${col(people, (r) => String(r.decided.taken[r.position] ?? false))}::boolean[])
        as t(r, pos, id, g, f, ng, nf, d, n, l, bf, bg, bn, taken)
    ),
    matches_in as (
      insert into registration_matches (registration_id, position, rank, matched_registration_id,
        matched_position, code, found)
      select * from unnest(
        ${col(matches, (m) => m.registrationId)}::uuid[],
        ${col(matches, (m) => String(m.position))}::smallint[],
        ${col(matches, (m) => String(m.rank))}::smallint[],
        ${col(matches, (m) => m.matchedRegistrationId)}::uuid[],
        ${col(matches, (m) => String(m.matchedPosition))}::smallint[],
        ${col(matches, (m) => m.code)}::text[], ${col(matches, (m) => String(m.found))}::int[])
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
        jsonb_build_object('status', 'active', 'people', size, 'held', held is not null,
          'windowDate', (select w.date::text from w where w.date = reg.wanted))
      from reg
    )
    select array(select date::text from w) as open`.execute(db);
  return new Set(rows[0]?.open ?? []);
}
