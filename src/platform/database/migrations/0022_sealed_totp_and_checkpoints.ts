import { type Kysely, sql } from "kysely";

/**
 * TOTP secrets sealed at rest, and the audit chain's signed checkpoints.
 *
 * The migration has no key, so it cannot seal what is stored: a sealed value is marked by its
 * own form (`v1.<keyId>.…`) and any other value is a plain one, which the server seals at every
 * start (auth/totpSecrets.ts) before it serves. The column comments say so to whoever reads them.
 *
 * A checkpoint is a signed `{ sequence, headHash, at }` of the chain, one per head at most.
 * Like the audit log it is append-only: the trigger refuses an update, a delete, a truncate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["totp_secret", "totp_pending_secret"]) {
    await sql`comment on column ${sql.ref(`accounts.${column}`)} is ${sql.lit(
      "sealed: v1.<keyId>.<nonce>.<ciphertext+tag> (AES-256-GCM under SECRETS_KEY); a plain base32 value is sealed at the next start",
    )}`.execute(db);
  }

  await sql`
    create table audit_checkpoints (
      sequence bigint primary key check (sequence > 0),
      head_hash text not null check (head_hash ~ '^[0-9a-f]{64}$'),
      at timestamptz not null,
      key_id text not null,
      signature text not null
    )`.execute(db);
  await sql`create index audit_checkpoints_at on audit_checkpoints (at)`.execute(db);
  await sql`
    create function audit_checkpoints_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_checkpoints is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
    end $$`.execute(db);
  await sql`
    create trigger audit_checkpoints_append_only
      before update or delete on audit_checkpoints
      for each row execute function audit_checkpoints_guard()`.execute(db);
  await sql`
    create trigger audit_checkpoints_no_truncate
      before truncate on audit_checkpoints
      for each statement execute function audit_checkpoints_guard()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_checkpoints`.execute(db);
  await sql`drop function audit_checkpoints_guard`.execute(db);
  for (const column of ["totp_secret", "totp_pending_secret"]) {
    await sql`comment on column ${sql.ref(`accounts.${column}`)} is null`.execute(db);
  }
}
