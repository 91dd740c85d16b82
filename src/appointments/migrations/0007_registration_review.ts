import { type Kysely, sql } from "kysely";

/**
 * A registration held for review (the identity check was unsure whether a person in it is already
 * registered) is decided by a CBP officer: accepted (it becomes active) or refused, with the
 * reason the applicant is told. Who decided, when and why stay on the registration; the queue of
 * held registrations is a small partial index (a surge of active registrations adds nothing to it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table appointment_registrations
      drop constraint appointment_registrations_status_check,
      add constraint appointment_registrations_status_check
        check (status in ('active', 'review', 'refused')),
      add column reviewed_at timestamptz,
      add column reviewed_by text,
      add column reviewed_by_name text,
      add column review_decision text check (review_decision in ('accepted', 'refused')),
      add column review_note text,
      add constraint appointment_registrations_review_decided
        check ((review_decision is null) = (reviewed_at is null))`.execute(db);
  await sql`
    create index appointment_registrations_held on appointment_registrations (created_at)
      where status = 'review'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index appointment_registrations_held`.execute(db);
  // A refused registration has no place in the earlier model: it goes back to being held.
  await sql`update appointment_registrations set status = 'review' where status = 'refused'`.execute(
    db,
  );
  await sql`
    alter table appointment_registrations
      drop constraint appointment_registrations_review_decided,
      drop column reviewed_at,
      drop column reviewed_by,
      drop column reviewed_by_name,
      drop column review_decision,
      drop column review_note,
      drop constraint appointment_registrations_status_check,
      add constraint appointment_registrations_status_check
        check (status in ('active', 'review'))`.execute(db);
}
