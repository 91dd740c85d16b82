import { type Kysely, sql } from "kysely";

/**
 * The lottery's rounds, terms and receipts (docs/lottery.md). A window's row holds its current
 * round: its number, when a round after the first takes commitments until, and the signed terms
 * fixed when its commitments closed. Commitments and reveals belong to a round, each with the
 * signed receipt its party was given. Every finished round (drawn or void) keeps its record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table lottery_windows
      add column round integer not null default 1 check (round >= 1),
      add column round_commitments_until timestamptz,
      add column terms jsonb,
      add column terms_hash text`.execute(db);

  await sql`alter table lottery_reveals drop constraint lottery_reveals_window_date_party_fkey`.execute(
    db,
  );
  await sql`alter table lottery_reveals drop constraint lottery_reveals_pkey`.execute(db);
  await sql`alter table lottery_commitments drop constraint lottery_commitments_pkey`.execute(db);
  await sql`drop index lottery_commitments_account`.execute(db);
  await sql`
    alter table lottery_commitments
      add column round integer not null default 1 check (round >= 1),
      add column receipt jsonb,
      add primary key (window_date, round, party)`.execute(db);
  await sql`create unique index lottery_commitments_account on lottery_commitments (window_date, round, account_id)`.execute(
    db,
  );
  await sql`
    alter table lottery_reveals
      add column round integer not null default 1,
      add column receipt jsonb,
      add primary key (window_date, round, party),
      add foreign key (window_date, round, party)
        references lottery_commitments (window_date, round, party)`.execute(db);

  await sql`
    create table lottery_rounds (
      window_date date not null references lottery_windows (date),
      round integer not null check (round >= 1),
      status text not null check (status in ('drawn', 'void')),
      operator_commitment text not null,
      commitments_until timestamptz not null,
      draw_at timestamptz not null,
      terms_hash text,
      published jsonb not null,
      finished_at timestamptz not null,
      primary key (window_date, round)
    )`.execute(db);
  // Draws made before rounds had terms keep their record (format v1) as round 1.
  await sql`
    insert into lottery_rounds (window_date, round, status, operator_commitment, commitments_until,
      draw_at, published, finished_at)
    select date, 1, status, operator_commitment, closes_at, draw_at, published,
      coalesce(drawn_at, draw_at)
    from lottery_windows where published is not null and status in ('drawn', 'void')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table lottery_rounds`.execute(db);
  // The earlier model has one round a day: later rounds' commitments and reveals go, and a
  // window in a later round is left void, as its last published round was.
  await sql`delete from lottery_reveals where round > 1`.execute(db);
  await sql`delete from lottery_commitments where round > 1`.execute(db);
  await sql`update lottery_windows set status = 'void' where round > 1 and status = 'closed'`.execute(
    db,
  );
  await sql`alter table lottery_reveals drop constraint lottery_reveals_window_date_round_party_fkey`.execute(
    db,
  );
  await sql`alter table lottery_reveals drop constraint lottery_reveals_pkey`.execute(db);
  await sql`alter table lottery_reveals drop column round, drop column receipt`.execute(db);
  await sql`drop index lottery_commitments_account`.execute(db);
  await sql`alter table lottery_commitments drop constraint lottery_commitments_pkey`.execute(db);
  await sql`alter table lottery_commitments drop column round, drop column receipt`.execute(db);
  await sql`alter table lottery_commitments add primary key (window_date, party)`.execute(db);
  await sql`create unique index lottery_commitments_account on lottery_commitments (window_date, account_id)`.execute(
    db,
  );
  await sql`
    alter table lottery_reveals
      add primary key (window_date, party),
      add foreign key (window_date, party) references lottery_commitments (window_date, party)`.execute(
    db,
  );
  await sql`
    alter table lottery_windows
      drop column round,
      drop column round_commitments_until,
      drop column terms,
      drop column terms_hash`.execute(db);
}
