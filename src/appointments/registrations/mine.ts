import type { Kysely } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { ensureWindow } from "../draws/windows.ts";
import { currentWindowDate, portName } from "../window.ts";
import { registrationMissing } from "./missing.ts";
import { newRequestId } from "./register.ts";
import { displayName } from "./writeBatch.ts";

/** The account's registrations with their people, requests and latest appointment. */
export async function myRegistrations(db: Kysely<Database>, accountId: string) {
  const registrations = await db
    .selectFrom("appointment_registrations")
    .select([
      "id",
      "status",
      "preferred_ports",
      "language",
      "created_at",
      "review_decision",
      "review_note",
      "reviewed_at",
    ])
    .where("account_id", "=", accountId)
    .orderBy("created_at")
    .execute();
  const ids = registrations.map((row) => row.id);
  if (ids.length === 0) return { registrations: [] };
  const [people, requests, appointments] = await Promise.all([
    db
      .selectFrom("registration_people")
      .select(["registration_id", "person_id", "given_name", "family_name"])
      .where("registration_id", "in", ids)
      .orderBy("registration_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("appointment_requests")
      .select(["id", "registration_id", "window_date", "status"])
      .where("registration_id", "in", ids)
      .orderBy("window_date")
      .execute(),
    db
      .selectFrom("appointments")
      .select(["registration_id", "code", "port", "date", "time", "status", "created_at"])
      .where("registration_id", "in", ids)
      .orderBy("created_at")
      .execute(),
  ]);
  return {
    registrations: registrations.map((row) => {
      const latest = appointments.filter((a) => a.registration_id === row.id).at(-1);
      return {
        id: row.id,
        status: row.status,
        // Only a refusal is told (with the officer's reason): that a registration is or was
        // held for review says someone else may be registered (8 CFR 208.6).
        review:
          row.status === "refused"
            ? {
                decision: "refused" as const,
                reason: row.review_note ?? "",
                decidedAt: (row.reviewed_at ?? row.created_at).toISOString(),
              }
            : null,
        people: people
          .filter((p) => p.registration_id === row.id)
          .map((p) => ({
            personId: p.person_id,
            displayName: displayName({ givenName: p.given_name, familyName: p.family_name }),
          })),
        preferredPorts: row.preferred_ports,
        language: row.language,
        createdAt: row.created_at.toISOString(),
        requests: requests
          .filter((r) => r.registration_id === row.id)
          .map((r) => ({ windowDate: r.window_date, requestId: r.id, status: r.status })),
        appointment: latest
          ? {
              code: latest.code,
              port: latest.port,
              portName: portName(latest.port),
              date: latest.date,
              time: latest.time,
              status: latest.status,
            }
          : null,
      };
    }),
  };
}

export type RequestOutcome = { ok: true; windowDate: string } | Failure;

/**
 * Asks for a place in the current window for a registration of the account. Refused when the
 * window is not open, when the registration already asked in it or has a request not yet drawn,
 * an appointment still to come, or was refused by an officer. A registration held for review asks
 * like any other (it stays in the draw).
 */
export async function requestCurrentWindow(
  services: Services,
  accountId: string,
  write: Write,
  registrationId: string,
): Promise<RequestOutcome> {
  const now = services.clock();
  const date = currentWindowDate(now.toISOString());
  await ensureWindow(services.db, date);
  return inTransaction(services, write, async ({ trx, audit }): Promise<RequestOutcome> => {
    const registration = await trx
      .selectFrom("appointment_registrations")
      .select(["id", "status", "preferred_ports"])
      .where("id", "=", registrationId)
      .where("account_id", "=", accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!registration) {
      return registrationMissing;
    }
    const refuse = (code: string, detail: string): RequestOutcome => ({
      ok: false,
      kind: "conflict",
      code,
      detail,
    });
    if (registration.status === "refused") {
      return refuse("refused", "An officer refused this registration after review.");
    }
    const window = await trx
      .selectFrom("lottery_windows")
      .select(["status", "opens_at", "closes_at"])
      .where("date", "=", date)
      .forShare()
      .executeTakeFirstOrThrow();
    if (window.status !== "open" || now < window.opens_at || now >= window.closes_at) {
      return refuse(
        "window-not-open",
        `The request window of ${date} is not open (it opens ${window.opens_at.toISOString()} and closes ${window.closes_at.toISOString()}).`,
      );
    }
    const pending = await trx
      .selectFrom("appointment_requests")
      .select(["window_date", "status"])
      .where("registration_id", "=", registrationId)
      .where((eb) => eb.or([eb("window_date", "=", date), eb("status", "=", "pending")]))
      .executeTakeFirst();
    if (pending?.window_date === date) {
      return refuse("already-requested", `This registration already asked for a place on ${date}.`);
    }
    if (pending) {
      return refuse(
        "request-pending",
        `A request for ${pending.window_date} is not yet drawn; ask again after its draw.`,
      );
    }
    const appointment = await trx
      .selectFrom("appointments")
      .select(["code", "status", "date"])
      .where("registration_id", "=", registrationId)
      .where("status", "in", ["confirmed", "checked_in"])
      .executeTakeFirst();
    if (appointment?.status === "checked_in") {
      return refuse("checked-in", "The people of this registration have checked in at a port.");
    }
    if (appointment) {
      return refuse(
        "appointment-pending",
        `An appointment on ${appointment.date} is confirmed; a new request is possible after it (or a no-show).`,
      );
    }
    const people = await trx
      .selectFrom("registration_people")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("registration_id", "=", registrationId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("appointment_requests")
      .values({
        id: newRequestId(),
        registration_id: registrationId,
        window_date: date,
        group_size: Number(people.n),
        preferred_ports: registration.preferred_ports,
        status: "pending",
        requested_at: now,
      })
      .execute();
    await trx
      .updateTable("appointment_registrations")
      .set((eb) => ({ first_requested_on: eb.fn.coalesce("first_requested_on", eb.val(date)) }))
      .where("id", "=", registrationId)
      .execute();
    audit({ type: "registration", id: registrationId, details: { windowDate: date } });
    return { ok: true, windowDate: date };
  });
}
