import { type Kysely, sql } from "kysely";

/**
 * The audit log. Writers only insert (id gives write order); the sequencer later gives each
 * entry its place in the chain (seq) and its hash, once. After that the row is frozen: the
 * trigger lets an UPDATE through only while seq is unset, and only to set seq, prev_hash, hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_log (
      id bigserial primary key,
      seq bigint unique,
      at timestamptz not null default date_trunc('milliseconds', now()),
      actor text not null,
      action text not null,
      subject_type text,
      subject_id text,
      details jsonb not null default '{}',
      prev_hash text,
      hash text,
      check ((seq is null) = (hash is null))
    )`.execute(db);
  await sql`create index audit_log_unsequenced on audit_log (id) where seq is null`.execute(db);

  await sql`
    create function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
         and old.seq is null and new.seq is not null
         and new.id = old.id and new.at = old.at and new.actor = old.actor
         and new.action = old.action
         and new.subject_type is not distinct from old.subject_type
         and new.subject_id is not distinct from old.subject_id
         and new.details = old.details then
        return new;
      end if;
      raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only
      before update or delete on audit_log
      for each row execute function audit_log_guard()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate
      before truncate on audit_log
      for each statement execute function audit_log_guard()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log`.execute(db);
  await sql`drop function audit_log_guard`.execute(db);
}
