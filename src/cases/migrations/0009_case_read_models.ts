import { type Kysely, sql } from "kysely";

/**
 * The case read models, kept in the command's transaction and rebuilt from the case log at
 * will: a summary of each case, every deadline its events started (by case, due date and who
 * must act), and the worklist of what staff must do next (by role and post).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_summaries (
      case_id uuid primary key references cases (id),
      reference text not null,
      person_id uuid not null,
      version integer not null,
      regions jsonb not null,
      last_event_at timestamptz not null,
      next_due_at timestamptz
    )`.execute(db);
  await sql`create index case_summaries_person on case_summaries (person_id)`.execute(db);

  await sql`
    create table case_deadlines (
      case_id uuid not null references cases (id),
      rule_id text not null,
      started_seq integer not null,
      started_type text not null,
      party text not null,
      kind text not null check (kind in ('by', 'notBefore')),
      start_day date not null,
      due date not null,
      due_at timestamptz not null,
      rolled_from date,
      met_at timestamptz,
      primary key (case_id, rule_id, started_seq)
    )`.execute(db);
  await sql`
    create index case_deadlines_open on case_deadlines (party, due_at)
      where met_at is null and kind = 'by'`.execute(db);

  await sql`
    create table worklist_items (
      case_id uuid not null references cases (id),
      item text not null,
      role text not null,
      post_kind text,
      post_id text,
      due_at timestamptz,
      rule_id text,
      primary key (case_id, item)
    )`.execute(db);
  await sql`
    create index worklist_items_by_post on worklist_items (role, post_kind, post_id, due_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table worklist_items`.execute(db);
  await sql`drop table case_deadlines`.execute(db);
  await sql`drop table case_summaries`.execute(db);
}
