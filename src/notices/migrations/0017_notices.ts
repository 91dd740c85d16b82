import { type Kysely, sql } from "kysely";

/**
 * Notices and their deliveries: each notice a case event calls for, with its PDF as made, and
 * one delivery per channel (portal, e-mail, postal mailing), each carried by an outbox message.
 * The outbox learns the portal and postal channels.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox drop constraint outbox_channel_check`.execute(db);
  await sql`
    alter table outbox add constraint outbox_channel_check
      check (channel in ('email', 'portal', 'postal'))`.execute(db);
  await sql`
    create table notices (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases (id),
      event_seq integer not null,
      kind text not null check (kind in (
        'notice-to-appear', 'hearing-notice', 'credible-fear-determination',
        'ij-review-decision', 'ij-decision', 'bia-decision'
      )),
      language text not null,
      address text,
      content jsonb not null,
      recipient jsonb not null,
      case_reference text not null,
      pdf bytea,
      pdf_sha256 text,
      created_at timestamptz not null,
      unique (case_id, event_seq)
    )`.execute(db);
  await sql`
    create table notice_deliveries (
      id uuid primary key default gen_random_uuid(),
      notice_id uuid not null references notices (id),
      channel text not null check (channel in ('portal', 'email', 'postal')),
      recipient text not null,
      outbox_id uuid not null unique references outbox (id),
      status text not null default 'queued'
        check (status in ('queued', 'awaiting_posting', 'delivered')),
      delivered_at timestamptz,
      posted_on date,
      recorded_by text,
      unique (notice_id, channel)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table notice_deliveries`.execute(db);
  await sql`drop table notices`.execute(db);
  await sql`delete from outbox_attempts where outbox_id in (
    select id from outbox where channel <> 'email')`.execute(db);
  await sql`delete from outbox where channel <> 'email'`.execute(db);
  await sql`alter table outbox drop constraint outbox_channel_check`.execute(db);
  await sql`alter table outbox add constraint outbox_channel_check check (channel in ('email'))`.execute(
    db,
  );
}
