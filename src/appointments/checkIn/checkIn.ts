/**
 * Check-in at the port by a CBP officer, by the appointment's code: for every person of the
 * registration, the case is opened if they have none (OpenCase), then the appointment's check-in
 * and the encounter are recorded on it through the process engine (CheckInAppointment, then
 * RecordEncounter via the appointment) — all in one transaction with the appointment's status, or
 * nothing at all: when some people's cases refuse, the answer names each of them with the reason.
 * A no-show is recorded the same way, and the person may then request again.
 */
import type { Selectable, Transaction } from "kysely";
import { openCaseIn } from "../../cases/openCase.ts";
import { runCommandIn } from "../../cases/runCommand.ts";
import type { Refusal } from "../../core/refusal.ts";
import { linkPersons } from "../../people/accounts/links.ts";
import { openingCommand } from "../../people/decide.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import { matchPerson } from "../identity/index.ts";
import { displayName } from "../registrations/writeBatch.ts";
import type { RegistrationPeopleTable } from "../tables.ts";
import { dayAtPort, portName } from "../window.ts";
import { type MemberRefusal, memberRefusal } from "./memberRefusals.ts";

export type CheckInOutcome =
  | {
      ok: true;
      code: string;
      cases: { caseId: string; reference: string; displayName: string }[];
    }
  /**
   * `person`: whose case failed; `people`: everyone whose case refused it, each with why, of the
   * `groupSize` people of the registration.
   */
  | (Failure & { person?: string; people?: MemberRefusal[]; groupSize?: number });

const noAppointment = (code: string): Failure => ({
  ok: false,
  kind: "missing",
  detail: `No appointment has the code ${code}.`,
});

async function lockAppointment(trx: Transaction<Database>, code: string) {
  return trx
    .selectFrom("appointments")
    .select(["code", "status", "port", "date", "registration_id"])
    .where("code", "=", code)
    .forUpdate()
    .executeTakeFirst();
}

/** The person's case, opened now (by the officer) if they have none. */
export async function caseOfPerson(
  unit: UnitOfWork,
  services: Services,
  person: { id: string; nationality: string },
  at: string,
) {
  const existing = await unit.trx
    .selectFrom("cases")
    .select(["id", "reference", "version", "state"])
    .where("person_id", "=", person.id)
    .orderBy("opened_at")
    .forUpdate()
    .executeTakeFirst();
  if (existing) {
    const { state, ...found } = existing;
    return { ok: true as const, ...found, custody: custodyOf(state) };
  }
  const opened = await openCaseIn(unit, services, {
    personId: person.id,
    occurredAt: at,
    command: openingCommand(person.id, person.nationality),
  });
  return opened.ok ? { ...opened, custody: null } : opened;
}

/** Where the case's custody region stands (the web says why a person cannot come in). */
function custodyOf(state: Record<string, unknown>): string | null {
  return typeof state.custody === "string" ? state.custody : null;
}

/**
 * A registered person whom the account already follows (a case opened before, an earlier
 * check-in) is that person, by the identity module's duplicate rule: check-in goes on to their
 * case instead of opening a second one. The registration then names that person.
 */
async function samePersons(
  trx: Transaction<Database>,
  accountId: string,
  registered: Selectable<RegistrationPeopleTable>[],
) {
  const followed = await trx
    .selectFrom("account_persons")
    .innerJoin("persons", "persons.id", "account_persons.person_id")
    .select(["persons.id", "persons.given_name", "persons.family_name", "persons.date_of_birth"])
    .where("account_persons.account_id", "=", accountId)
    .execute();
  const known = followed.flatMap((p) =>
    p.date_of_birth === null
      ? []
      : [
          {
            id: p.id,
            givenName: p.given_name,
            familyName: p.family_name,
            dateOfBirth: p.date_of_birth,
          },
        ],
  );
  const people: Selectable<RegistrationPeopleTable>[] = [];
  for (const person of registered) {
    const match = matchPerson(
      {
        givenName: person.given_name,
        familyName: person.family_name,
        dateOfBirth: person.date_of_birth,
      },
      known.filter((k) => !people.some((p) => p.person_id === k.id)),
    );
    if (match.verdict !== "duplicate" || !match.matchedId || match.matchedId === person.person_id) {
      people.push(person);
      continue;
    }
    await trx
      .updateTable("registration_people")
      .set({ person_id: match.matchedId })
      .where("registration_id", "=", person.registration_id)
      .where("position", "=", person.position)
      .execute();
    people.push({ ...person, person_id: match.matchedId });
  }
  return people;
}

/**
 * The registration's people as `persons`, made now for the people who come (a registration made
 * before migration 0006 has them already), each linked to the registering account so that the
 * applicant follows their cases: the principal as "self" unless the account has one (the check-in's
 * audit entry names the account).
 */
async function personsOfRegistration(trx: Transaction<Database>, registrationId: string) {
  const registration = await trx
    .selectFrom("appointment_registrations")
    .select("account_id")
    .where("id", "=", registrationId)
    .executeTakeFirstOrThrow();
  const registered = await trx
    .selectFrom("registration_people")
    .selectAll()
    .where("registration_id", "=", registrationId)
    .orderBy("position")
    .execute();
  const people = await samePersons(trx, registration.account_id, registered);
  if (people.length === 0) return { accountId: registration.account_id, people: [] };
  await trx
    .insertInto("persons")
    .values(
      people.map((p) => ({
        id: p.person_id,
        given_name: p.given_name,
        family_name: p.family_name,
        native_given_name: p.native_given_name,
        native_family_name: p.native_family_name,
        date_of_birth: p.date_of_birth,
        nationality: p.nationality,
        languages: p.languages,
      })),
    )
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  await linkPersons(
    trx,
    registration.account_id,
    people.map((p) => p.person_id),
  );
  return {
    accountId: registration.account_id,
    people: people.map((p) => ({
      id: p.person_id,
      given_name: p.given_name,
      family_name: p.family_name,
      nationality: p.nationality,
    })),
  };
}

export function checkIn(services: Services, code: string, write: Write): Promise<CheckInOutcome> {
  const at = services.clock().toISOString();
  return inTransaction(services, write, async (unit): Promise<CheckInOutcome> => {
    const { trx } = unit;
    const appointment = await lockAppointment(trx, code);
    if (!appointment) return noAppointment(code);
    if (appointment.status !== "confirmed") {
      return {
        ok: false,
        kind: "conflict",
        detail:
          appointment.status === "checked_in"
            ? `The appointment ${code} is already checked in.`
            : `The appointment ${code} was recorded as a no-show.`,
      };
    }
    const today = dayAtPort(appointment.port, at);
    if (today !== appointment.date) {
      return {
        ok: false,
        kind: "conflict",
        code: "not-appointment-day",
        detail:
          today < appointment.date
            ? `The appointment ${code} is on ${appointment.date}, not today (${today} at the port): check-in is on the appointment's day.`
            : `The appointment ${code} was on ${appointment.date}: record a no-show; the person may ask for a place again.`,
      };
    }
    const { accountId, people } = await personsOfRegistration(trx, appointment.registration_id);
    const cases: { caseId: string; reference: string; displayName: string }[] = [];
    // Every person is tried, so that the answer names each one whose case refuses, and why; a
    // single refusal rolls the whole check-in back.
    const refused: MemberRefusal[] = [];
    let firstRefusal: Refusal | null = null;
    for (const person of people) {
      const name = displayName({ givenName: person.given_name, familyName: person.family_name });
      const opened = await caseOfPerson(unit, services, person, at);
      if (!opened.ok) {
        if (opened.kind !== "refused") return { ...opened, person: name };
        refused.push(memberRefusal(name, opened.refusal, null));
        firstRefusal ??= opened.refusal;
        continue;
      }
      let version = opened.version;
      let admitted = true;
      for (const command of [
        { type: "CheckInAppointment", appointmentId: code, port: appointment.port },
        {
          type: "RecordEncounter",
          place: `${portName(appointment.port)} port of entry`,
          port: appointment.port,
          viaAppointment: true,
          lawfulPathwaysException: null,
        },
      ]) {
        const outcome = await runCommandIn(unit, services, {
          caseId: opened.id,
          expectedVersion: version,
          command: services.pathway.commandSchema.parse(command),
          occurredAt: at,
        });
        if (!outcome.ok) {
          if (outcome.kind !== "refused") return { ...outcome, person: name };
          refused.push(memberRefusal(name, outcome.refusal, opened.custody));
          firstRefusal ??= outcome.refusal;
          admitted = false;
          break;
        }
        version = outcome.version;
      }
      if (admitted) {
        cases.push({ caseId: opened.id, reference: opened.reference, displayName: name });
      }
    }
    if (firstRefusal) {
      return {
        ok: false,
        kind: "refused",
        refusal: firstRefusal,
        people: refused,
        groupSize: people.length,
      };
    }
    await trx
      .updateTable("appointments")
      .set({ status: "checked_in", checked_in_at: new Date(at), checked_in_by: unit.write.actor })
      .where("code", "=", code)
      .execute();
    unit.audit({
      type: "appointment",
      id: code,
      details: { cases: cases.map((c) => c.caseId), linkedToAccount: accountId },
    });
    return { ok: true, code, cases };
  });
}

export function recordNoShow(
  services: Services,
  code: string,
  write: Write,
): Promise<{ ok: true } | Failure> {
  const now = services.clock();
  return inTransaction(services, write, async (unit): Promise<{ ok: true } | Failure> => {
    const appointment = await lockAppointment(unit.trx, code);
    if (!appointment) return noAppointment(code);
    if (appointment.status !== "confirmed") {
      return {
        ok: false,
        kind: "conflict",
        detail: `The appointment ${code} is ${appointment.status.replace("_", " ")}.`,
      };
    }
    if (appointment.date > dayAtPort(appointment.port, now.toISOString())) {
      return {
        ok: false,
        kind: "conflict",
        detail: `The appointment ${code} is on ${appointment.date}: a no-show is recorded on or after that day.`,
      };
    }
    await unit.trx
      .updateTable("appointments")
      .set({ status: "no_show", no_show_at: now, no_show_by: unit.write.actor })
      .where("code", "=", code)
      .execute();
    unit.audit({ type: "appointment", id: code });
    return { ok: true };
  });
}
