import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portIds } from "../../policy/ports.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import { combineSeeds, commit, draw, verifyDraw } from "../lottery/index.ts";
import {
  newApplicant,
  OPEN_WINDOW_NOW,
  person,
  registration,
  signInAgain,
  WINDOW_DATE,
} from "../testing/kit.ts";
import { signatureCheck } from "./rounds.ts";

const PLACES: Record<string, number> = { san_ysidro: 6, el_paso: 4 };
/** 23:10 Central on the window's day: after the close (23:00), before the draw (23:30). */
const AFTER_CLOSE = "2026-11-25T05:10:00Z";

async function setCapacities(server: TestServer) {
  const admin = await server.as("administrator");
  for (const port of portIds) {
    const answer = await admin.call("PUT", "/api/admin/capacity", {
      port,
      from: "2026-12-01",
      places: PLACES[port] ?? 0,
      reason: "test: a small day",
    });
    expect(answer.status).toBe(201);
  }
}

const SURNAMES = [
  "Ivanov",
  "Petrenko",
  "Sokolov",
  "Moroz",
  "Kravets",
  "Bondar",
  "Tkachenko",
  "Lysenko",
  "Melnyk",
  "Shevchuk",
  "Rudenko",
  "Hnatiuk",
];

/** Families of 1 to 4 (more people than places), each asking for the window. */
async function registerFamilies(server: TestServer, count: number) {
  const families: { agent: Agent & { login: string }; id: string; size: number; email: string }[] =
    [];
  for (let n = 0; n < count; n += 1) {
    const agent = await newApplicant(server, n % 2 === 0 ? "ru" : "es");
    const size = 1 + (n % 4);
    const family = SURNAMES[n % SURNAMES.length] as string;
    const people = Array.from({ length: size }, (_, k) =>
      person(["Anna", "Ivan", "Oleg", "Vera"][k] as string, family, `19${60 + n}-0${1 + k}-1${k}`),
    );
    const email = `family-${n}-${randomBytes(3).toString("hex")}@test.haven`;
    const answer = await agent.call(
      "POST",
      "/api/registrations",
      registration(people[0]!, people.slice(1), {
        language: n % 2 === 0 ? "ru" : "es",
        contact: { email },
        preferredPorts: n % 3 === 0 ? ["el_paso", "san_ysidro"] : ["san_ysidro"],
      }),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.request).toEqual({ windowDate: WINDOW_DATE });
    families.push({ agent, id: answer.body.id, size, email });
  }
  return families;
}

describe(`the daily draw (${testEngine})`, () => {
  let server: TestServer;
  let families: Awaited<ReturnType<typeof registerFamilies>>;
  const seed = randomBytes(32).toString("hex");
  let party = "";

  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    await setCapacities(server);
    families = await registerFamilies(server, 12);
  });
  afterAll(async () => {
    await server.close();
  });

  it("publishes the operator's commitment and takes observers' commitments while open", async () => {
    const window = await server.agent().call("GET", "/api/appointments/window");
    expect(window.status).toBe(200);
    expect(window.body).toMatchObject({
      date: WINDOW_DATE,
      status: "open",
      operator: "haven-operator",
    });
    expect(window.body.operatorCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(window.body.ports.find((p: { id: string }) => p.id === "san_ysidro").capacity).toBe(6);
    const screener = await server.as("ngo_screener");
    party = (await screener.call("GET", "/api/lottery/observer")).body.party;
    const commitment = commit(seed, { date: WINDOW_DATE, round: 1, party });
    const committed = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 1,
      commitment,
    });
    expect(committed.status).toBe(201);
    expect(committed.body.receipt.signed).toMatchObject({ party, commitment, reveal: null });
    const again = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 1,
      commitment,
    });
    expect(again.status).toBe(409);
    const early = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(early.status).toBe(409);
    const shown = await server.agent().call("GET", "/api/appointments/window");
    expect(shown.body.round).toBe(1);
    expect(shown.body.observerCommitments).toEqual([{ observer: party, commitment }]);
    expect((await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}`)).status).toBe(404);
  });

  it("closes, rejects a revealed seed that does not match, and takes the matching one", async () => {
    server.clock.advance(Date.parse(AFTER_CLOSE) - Date.parse(OPEN_WINDOW_NOW));
    const admin = await server.signIn("admin@demo.haven.test");
    const closed = await admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/close`);
    expect(closed.body).toEqual({ date: WINDOW_DATE, round: 1, status: "closed" });
    const list = await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}/requests`);
    expect(list.body.requests).toHaveLength(12);
    const screener = await server.signIn("screener@demo.haven.test");
    const tampered = `${seed.slice(0, 63)}${seed.endsWith("0") ? "1" : "0"}`;
    const wrong = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed: tampered,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe("body.seed");
    const right = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(right.status).toBe(200);
    expect(right.body.receipt.signed).toMatchObject({ party, reveal: seed, round: 1 });
  });

  it("draws once, within capacity, never splitting a family, and anyone can recompute it", async () => {
    const admin = await server.signIn("admin@demo.haven.test");
    const [first, second] = await Promise.all([
      admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`),
      admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`),
    ]);
    expect(first.body.status).toBe("drawn");
    expect(second.body.status).toBe("drawn");
    const record = (await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}`)).body;
    // Only the public record: verify, and recompute the allocation from its final seed.
    expect(verifyDraw(record, { checkSignature: signatureCheck(server.services.signer) })).toEqual({
      ok: true,
      mismatches: [],
      signaturesChecked: true,
    });
    expect(record.reveals.map((r: { party: string }) => r.party).sort()).toEqual(
      ["haven-operator", party].sort(),
    );
    expect(record.finalSeed).toBe(combineSeeds(record.termsHash, record.reveals));
    expect(draw({ ...record, finalSeed: record.finalSeed })).toEqual(record.allocation);
    const appointments = await server.services.db
      .selectFrom("appointments")
      .innerJoin("appointment_requests", "appointment_requests.id", "appointments.request_id")
      .select(["port", "slot", "places", "appointment_requests.group_size", "appointments.date"])
      .execute();
    expect(appointments.length).toBe(record.allocation.length);
    expect(appointments.length).toBeGreaterThan(0);
    for (const [port, places] of Object.entries(PLACES)) {
      const at = appointments.filter((a) => a.port === port).sort((a, b) => a.slot - b.slot);
      let next = 0;
      for (const a of at) {
        expect(a.places).toBe(a.group_size); // the whole family, never split
        expect(a.slot).toBeGreaterThanOrEqual(next); // no place given twice
        next = a.slot + a.places;
      }
      expect(next).toBeLessThanOrEqual(places);
    }
    expect(appointments.every((a) => a.date === "2026-12-08")).toBe(true);
  });

  it("confirms in the applicant's language only what was committed, and shows it on their page", async () => {
    const allocated = await server.services.db
      .selectFrom("appointments")
      .innerJoin(
        "appointment_registrations",
        "appointment_registrations.id",
        "appointments.registration_id",
      )
      .select([
        "appointments.code",
        "appointment_registrations.id",
        "appointment_registrations.language",
      ])
      .execute();
    for (const row of allocated) {
      const family = families.find((f) => f.id === row.id)!;
      const mail = await server.mailbox.next(family.email);
      expect(mail.text).toContain(row.code);
      expect(mail.subject).toBe(
        row.language === "ru" ? "Ваша запись на пункт въезда" : "Su cita en un puerto de entrada",
      );
      await signInAgain(family.agent);
      const mine = await family.agent.call("GET", "/api/registrations/mine");
      expect(mine.body.registrations[0].appointment).toMatchObject({
        code: row.code,
        status: "confirmed",
      });
      expect(mine.body.registrations[0].requests[0].status).toBe("allocated");
    }
    const notDrawn = families.filter((f) => !allocated.some((a) => a.id === f.id));
    expect(notDrawn.length).toBeGreaterThan(0);
    for (const family of notDrawn) {
      expect(server.mailbox.messages.some((m) => m.to.includes(family.email))).toBe(false);
    }
  });

  it("checks in by code: the cases are opened and the encounter is on their timeline", async () => {
    const row = await server.services.db
      .selectFrom("appointments")
      .select(["code", "registration_id", "places"])
      .orderBy("places", "desc")
      .executeTakeFirstOrThrow();
    const before = await server.signIn("cbp@demo.haven.test");
    // Before the appointment's day neither a check-in nor a no-show is taken.
    const early = await before.call("POST", "/api/appointments/check-in", { code: row.code });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("not-appointment-day");
    expect(early.body.detail).toMatch(/is on 2026-12-08, not today/);
    expect((await before.call("POST", `/api/appointments/${row.code}/no-show`)).status).toBe(409);
    // 14 days on, 12:00 Central: the appointment day, and that day's window is open.
    server.clock.advance(Date.parse("2026-12-08T18:00:00Z") - server.clock.now().getTime());
    const cbp = await server.signIn("cbp@demo.haven.test");
    const list = await cbp.call("GET", "/api/appointments?port=san_ysidro&date=2026-12-08");
    expect(list.status).toBe(200);
    expect(
      (await cbp.call("POST", "/api/appointments/check-in", { code: "ZZZZ-ZZZZ" })).status,
    ).toBe(404);
    const checked = await cbp.call("POST", "/api/appointments/check-in", { code: row.code });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body.cases).toHaveLength(row.places);
    const view = await cbp.call("GET", `/api/cases/${checked.body.cases[0].caseId}`);
    const types = view.body.timeline.map((event: { type: string }) => event.type);
    expect(types).toEqual(["CaseOpened", "AppointmentCheckedIn", "EncounterRecorded"]);
    expect(view.body.state.custody).toBe("cbp_custody");
    const again = await cbp.call("POST", "/api/appointments/check-in", { code: row.code });
    expect(again.status).toBe(409);
    // The applicant sees the cases of the people they registered.
    const family = families.find((f) => f.id === row.registration_id)!;
    await signInAgain(family.agent);
    const cases = await family.agent.call("GET", "/api/cases");
    expect(cases.body.cases).toHaveLength(row.places);
    // Made at check-in: the persons of the registration, each linked to the account.
    const people = await server.services.db
      .selectFrom("registration_people")
      .innerJoin("persons", "persons.id", "registration_people.person_id")
      .innerJoin("account_persons", "account_persons.person_id", "persons.id")
      .select(["persons.family_name", "account_persons.relation"])
      .where("registration_people.registration_id", "=", row.registration_id)
      .orderBy("registration_people.position")
      .execute();
    expect(people.map((p) => p.relation)).toEqual(
      Array.from({ length: row.places }, (_, at) => (at === 0 ? "self" : "family")),
    );
    expect(new Set(people.map((p) => p.family_name)).size).toBe(1);
  });

  it("records a no-show, after which the family may ask again", async () => {
    const row = await server.services.db
      .selectFrom("appointments")
      .select(["code", "registration_id"])
      .where("status", "=", "confirmed")
      .executeTakeFirstOrThrow();
    const family = families.find((f) => f.id === row.registration_id)!;
    const cbpLater = await server.signIn("cbp@demo.haven.test");
    await signInAgain(family.agent);
    const pending = await family.agent.call(
      "POST",
      `/api/registrations/${row.registration_id}/requests`,
    );
    expect(pending.status).toBe(409);
    expect(pending.body.code).toBe("appointment-pending");
    const noShow = await cbpLater.call("POST", `/api/appointments/${row.code}/no-show`);
    expect(noShow.body).toEqual({ code: row.code, status: "no_show" });
    const again = await family.agent.call(
      "POST",
      `/api/registrations/${row.registration_id}/requests`,
    );
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toEqual({ windowDate: "2026-12-08" });
  });

  it("checks a person the account already follows in on their own case, not a second one", async () => {
    const row = await server.services.db
      .selectFrom("appointments")
      .select(["code", "registration_id", "places"])
      .where("status", "=", "confirmed")
      .executeTakeFirstOrThrow();
    const principal = await server.services.db
      .selectFrom("registration_people")
      .selectAll()
      .where("registration_id", "=", row.registration_id)
      .where("position", "=", 0)
      .executeTakeFirstOrThrow();
    const family = families.find((f) => f.id === row.registration_id)!;
    await signInAgain(family.agent);
    // The applicant opened a case for herself before (the name typed in capitals this time).
    const opened = await family.agent.call("POST", "/api/cases", {
      person: {
        givenName: principal.given_name.toUpperCase(),
        familyName: principal.family_name.toUpperCase(),
        dateOfBirth: principal.date_of_birth,
        nationality: "RU",
      },
      occurredAt: server.clock.now().toISOString(),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const cbp = await server.signIn("cbp@demo.haven.test");
    const checked = await cbp.call("POST", "/api/appointments/check-in", { code: row.code });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body.cases).toHaveLength(row.places);
    expect(checked.body.cases[0].caseId).toBe(opened.body.id);
    const mine = await family.agent.call("GET", "/api/cases");
    expect(mine.body.cases).toHaveLength(row.places);
    const now = await server.services.db
      .selectFrom("registration_people")
      .innerJoin("cases", "cases.person_id", "registration_people.person_id")
      .select("cases.id")
      .where("registration_id", "=", row.registration_id)
      .where("position", "=", 0)
      .execute();
    expect(now.map((c) => c.id)).toEqual([opened.body.id]);
  });
});

describe(`confirmations only after commit (${testEngine})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    await setCapacities(server);
  });
  afterAll(async () => {
    await server.close();
  });

  it("sends nothing when the draw's transaction fails, and confirms once it commits", async () => {
    const families = await registerFamilies(server, 4);
    server.clock.advance(Date.parse(AFTER_CLOSE) - Date.parse(OPEN_WINDOW_NOW));
    const { db } = server.services;
    await sql`create function refuse_appointment() returns trigger language plpgsql as $$
      begin raise exception 'the disk is full'; end $$`.execute(db);
    await sql`create trigger refuse_appointment before insert on appointments
      for each row execute function refuse_appointment()`.execute(db);
    const admin = await server.signIn("admin@demo.haven.test");
    const failed = await admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`);
    expect(failed.status).toBe(500);
    const window = await db
      .selectFrom("lottery_windows")
      .select(["status", "published"])
      .where("date", "=", WINDOW_DATE)
      .executeTakeFirstOrThrow();
    expect(window.status).toBe("open"); // the close inside the failed draw rolled back too
    expect(window.published).toBeNull();
    expect(await db.selectFrom("appointments").selectAll().execute()).toEqual([]);
    expect(server.mailbox.messages).toEqual([]);
    await sql`drop trigger refuse_appointment on appointments`.execute(db);
    const drawn = await admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`);
    expect(drawn.body.status).toBe("drawn");
    const count = (await db.selectFrom("appointments").selectAll().execute()).length;
    expect(count).toBeGreaterThan(0);
    for (const family of families) {
      await signInAgain(family.agent);
      const mine = await family.agent.call("GET", "/api/registrations/mine");
      const appointment = mine.body.registrations[0].appointment;
      if (appointment)
        expect((await server.mailbox.next(family.email)).text).toContain(appointment.code);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.mailbox.messages.length).toBe(count);
  });
  it("checks in only on the appointment's day, in the port's own time", async () => {
    const [first, second] = await server.services.db
      .selectFrom("appointments")
      .select(["code", "port", "date"])
      .orderBy("code")
      .execute();
    expect(first?.date).toBe("2026-12-08");
    // 23:30 at the port on 8 December is already 9 December in UTC (and in Chicago for El Paso
    // and San Ysidro's appointments): the port's own day is what counts.
    const lateEvening: Record<string, string> = {
      san_ysidro: "2026-12-09T07:30:00Z", // UTC−8
      el_paso: "2026-12-09T06:30:00Z", // UTC−7
    };
    server.clock.advance(
      Date.parse(lateEvening[first!.port] as string) - server.clock.now().getTime(),
    );
    const cbp = await server.signIn("cbp@demo.haven.test");
    const onTheDay = await cbp.call("POST", "/api/appointments/check-in", { code: first!.code });
    expect(onTheDay.status, JSON.stringify(onTheDay.body)).toBe(200);
    // The next morning at every port: the appointment is past its day.
    server.clock.advance(Date.parse("2026-12-09T15:00:00Z") - server.clock.now().getTime());
    const later = await server.signIn("cbp@demo.haven.test");
    const late = await later.call("POST", "/api/appointments/check-in", { code: second!.code });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "not-appointment-day" });
    expect(late.body.detail).toMatch(/was on 2026-12-08: record a no-show/);
  });
});
