/**
 * Check-in at the port by a CBP officer, by the appointment's code: for every person of the
 * registration, the case is opened if they have none (OpenCase), then the appointment's check-in
 * and the encounter are recorded on it through the process engine (CheckInAppointment, then
 * RecordEncounter via the appointment) — all in one transaction with the appointment's status, or
 * nothing at all. A no-show is recorded the same way, and the person may then request again.
 */
import type { Selectable, Transaction } from "kysely";
import type { Refusal } from "../../core/refusal.ts";
import { linkPersons } from "../../people/accounts/links.ts";
import { openCaseIn } from "../../people/openCase.ts";
import { runCaseCommandIn } from "../../people/runCaseCommand.ts";
import { recordAudit } from "../../platform/audit/record.ts";
import type { Database, RegistrationPeopleTable } from "../../platform/database/schema.ts";
import type { Services } from "../../platform/services.ts";
import { matchPerson } from "../identity/index.ts";
import { displayName } from "../registrations/writeBatch.ts";
import { dayAtPort, portName } from "../window.ts";

export type CheckInOutcome =
  | {
      ok: true;
      code: string;
      cases: { caseId: string; reference: string; displayName: string }[];
    }
  | { ok: false; status: 404 | 409; detail: string; code?: string }
  | { ok: false; status: 422; refusal: Refusal; person: string };

class Refused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly person: string,
  ) {
    super(refusal.message);
  }
}

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
  trx: Transaction<Database>,
  services: Services,
  person: { id: string; nationality: string },
  actor: string,
  at: string,
): Promise<{ id: string; reference: string; version: number }> {
  const existing = await trx
    .selectFrom("cases")
    .select(["id", "reference", "version"])
    .where("person_id", "=", person.id)
    .orderBy("opened_at")
    .forUpdate()
    .executeTakeFirst();
  if (existing) return existing;
  return openCaseIn(trx, services, person.id, { occurredAt: at, person }, actor);
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

export async function checkIn(
  services: Services,
  code: string,
  actor: string,
): Promise<CheckInOutcome> {
  const at = services.clock().toISOString();
  try {
    return await services.db.transaction().execute(async (trx): Promise<CheckInOutcome> => {
      const appointment = await lockAppointment(trx, code);
      if (!appointment)
        return { ok: false, status: 404, detail: `No appointment has the code ${code}.` };
      if (appointment.status !== "confirmed") {
        return {
          ok: false,
          status: 409,
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
          status: 409,
          code: "not-appointment-day",
          detail:
            today < appointment.date
              ? `The appointment ${code} is on ${appointment.date}, not today (${today} at the port): check-in is on the appointment's day.`
              : `The appointment ${code} was on ${appointment.date}: record a no-show; the person may ask for a place again.`,
        };
      }
      const { accountId, people } = await personsOfRegistration(trx, appointment.registration_id);
      const cases: { caseId: string; reference: string; displayName: string }[] = [];
      for (const person of people) {
        const name = displayName({ givenName: person.given_name, familyName: person.family_name });
        const opened = await caseOfPerson(trx, services, person, actor, at);
        let version = opened.version;
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
          const parsed = services.engine.commandSchema.parse(command);
          const outcome = await runCaseCommandIn(
            trx,
            services,
            opened.id,
            version,
            parsed,
            actor,
            at,
          );
          if (!outcome.ok) throw new Refused(outcome.refusal, name);
          version = outcome.version;
        }
        cases.push({ caseId: opened.id, reference: opened.reference, displayName: name });
      }
      await trx
        .updateTable("appointments")
        .set({ status: "checked_in", checked_in_at: new Date(at), checked_in_by: actor })
        .where("code", "=", code)
        .execute();
      await recordAudit(trx, {
        actor,
        action: "appointment.check-in",
        subjectType: "appointment",
        subjectId: code,
        details: { cases: cases.map((c) => c.caseId), linkedToAccount: accountId },
      });
      return { ok: true, code, cases };
    });
  } catch (error) {
    if (error instanceof Refused) {
      return { ok: false, status: 422, refusal: error.refusal, person: error.person };
    }
    throw error;
  }
}

export async function recordNoShow(
  services: Services,
  code: string,
  actor: string,
): Promise<{ ok: true } | { ok: false; status: 404 | 409; detail: string }> {
  const now = services.clock();
  return services.db.transaction().execute(async (trx) => {
    const appointment = await lockAppointment(trx, code);
    if (!appointment) {
      return {
        ok: false as const,
        status: 404 as const,
        detail: `No appointment has the code ${code}.`,
      };
    }
    if (appointment.status !== "confirmed") {
      return {
        ok: false as const,
        status: 409 as const,
        detail: `The appointment ${code} is ${appointment.status.replace("_", " ")}.`,
      };
    }
    if (appointment.date > dayAtPort(appointment.port, now.toISOString())) {
      return {
        ok: false as const,
        status: 409 as const,
        detail: `The appointment ${code} is on ${appointment.date}: a no-show is recorded on or after that day.`,
      };
    }
    await trx
      .updateTable("appointments")
      .set({ status: "no_show", no_show_at: now, no_show_by: actor })
      .where("code", "=", code)
      .execute();
    await recordAudit(trx, {
      actor,
      action: "appointment.no-show",
      subjectType: "appointment",
      subjectId: code,
    });
    return { ok: true as const };
  });
}
