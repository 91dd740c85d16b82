/**
 * The registered people each new person of a batch could be, found by block (identity.ts), and
 * how many registrations each account of the batch holds: ONE statement for the whole batch.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { RegisteredPerson } from "../identity/index.ts";
import type { PersonKeys } from "./identity.ts";
import type { RegistrationJob } from "./writeBatch.ts";

/** A PostgreSQL array literal of strings (quoted and escaped). */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

/** A registered person (or one earlier in the batch): `id` is the person id. */
export interface Candidate extends RegisteredPerson {
  registrationId: string;
  position: number;
  blocks: string[];
}

type Row =
  | {
      account_id: null;
      block_key: string;
      person_id: string;
      registration_id: string;
      position: number;
      given_name: string;
      family_name: string;
      date_of_birth: string;
    }
  | { account_id: string; registrations: number };

/**
 * The batch's reads are ONE statement (each statement costs a round trip and the database's
 * per-statement work, which a surge feels): the registered people each new person could be, by
 * each kind of block, and how many registrations each account holds (rows of the second kind
 * have only `account_id` and `registrations`).
 * Each read is a lateral lookup, one index probe per key or account, on purpose: as plain joins
 * the planner took a hash join over all registered people, which grew with the table. `offset 0`
 * keeps a lateral subquery from being pulled up into such a join.
 */
export async function readCandidates(db: Kysely<Database>, jobs: readonly RegistrationJob[]) {
  const lookups = (kind: keyof PersonKeys["lookups"]) => [
    ...new Set(jobs.flatMap((job) => job.people.flatMap((p) => p.keys.lookups[kind]))),
  ];
  const accountIds = [...new Set(jobs.map((job) => job.accountId))];
  const byKind = (kind: keyof PersonKeys["lookups"]) => sql`
    select k.block_key, p.person_id, p.registration_id, p.position, p.given_name, p.family_name,
      p.date_of_birth, null::uuid as account_id, null::int as registrations
    from unnest(${pgArray(lookups(kind))}::text[]) as k(block_key)
    cross join lateral (
      select person_id, registration_id, position, given_name, family_name, date_of_birth
      from registration_people
      where ${sql.ref(`${kind}_block`)} = k.block_key offset 0) p`;
  const { rows } = await sql<Row>`${byKind("family")} union all ${byKind("given")}
    union all ${byKind("names")}
    union all
    select null, null, null, null, null, null, null, a.id, c.registrations
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
      registrationId: row.registration_id,
      position: row.position,
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      blocks: [row.block_key],
    });
  }
  return { byBlock, index, accountsById };
}
