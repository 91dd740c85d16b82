import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portIds } from "../../policy/ports.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { type Agent, startTestServer, type TestServer } from "../../testing/testServer.ts";
import {
  newApplicant,
  OPEN_WINDOW_NOW,
  person,
  registration,
  signInAgain,
  WINDOW_DATE,
} from "../testing/kit.ts";

/** 23:10 Central on the window's day: after the close (23:00), before the draw (23:30). */
const AFTER_CLOSE = "2026-11-25T05:10:00Z";
/** 12:00 Central on the appointments' day, 14 days after the window. */
const APPOINTMENT_DAY = "2026-12-08T18:00:00Z";

const olga = person("Olga", "Smirnova", "1984-02-11");
const ivan = person("Ivan", "Smirnov", "1981-07-30");
const vera = person("Vera", "Smirnova", "2015-05-04");

async function register(server: TestServer, people: ReturnType<typeof person>[]) {
  const agent = await newApplicant(server);
  const answer = await agent.call(
    "POST",
    "/api/registrations",
    registration(people[0]!, people.slice(1), { preferredPorts: ["san_ysidro"] }),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return { agent, id: answer.body.id as string };
}

async function codeOf(server: TestServer, registrationId: string) {
  const row = await server.services.db
    .selectFrom("appointments")
    .select(["code", "status"])
    .where("registration_id", "=", registrationId)
    .executeTakeFirstOrThrow();
  return row;
}

describe(`check-in at the port (${testEngine})`, () => {
  let server: TestServer;
  let family: { agent: Agent & { login: string }; id: string };
  let couple: { agent: Agent & { login: string }; id: string };
  let other: { agent: Agent & { login: string }; id: string };

  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    const admin = await server.as("administrator");
    for (const port of portIds) {
      const answer = await admin.call("PUT", "/api/admin/capacity", {
        port,
        from: "2026-12-01",
        places: port === "san_ysidro" ? 8 : 0,
        reason: "test: one port",
      });
      expect(answer.status).toBe(201);
    }
    family = await register(server, [olga, ivan, vera]);
    couple = await register(server, [
      person("Pavel", "Orlov", "1990-01-02"),
      person("Daria", "Orlova", "1991-03-04"),
    ]);
    other = await register(server, [person("Artem", "Belov", "1979-09-09")]);
    server.clock.advance(Date.parse(AFTER_CLOSE) - Date.parse(OPEN_WINDOW_NOW));
    const closer = await server.signIn("admin@demo.haven.test");
    expect((await closer.call("POST", `/api/admin/lottery/${WINDOW_DATE}/close`)).status).toBe(200);
    const drawn = await closer.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`);
    expect(drawn.body.status, JSON.stringify(drawn.body)).toBe("drawn");
    server.clock.advance(Date.parse(APPOINTMENT_DAY) - server.clock.now().getTime());
  });
  afterAll(async () => {
    await server.close();
  });

  it("names each person who cannot be checked in, with a code, the rule and its citation, and records nothing", async () => {
    const now = server.clock.now().toISOString();
    await signInAgain(family.agent);
    // Olga and Ivan opened their cases before; CBP met Olga between ports, and Ivan was released.
    const opened: Record<string, { id: string; version: number }> = {};
    for (const someone of [olga, ivan]) {
      const answer = await family.agent.call("POST", "/api/cases", {
        person: someone,
        occurredAt: now,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      opened[someone.givenName] = answer.body;
    }
    const cbp = await server.signIn("cbp@demo.haven.test");
    const ice = await server.signIn("ice@demo.haven.test");
    const run = async (agent: Agent, who: string, command: Record<string, unknown>) => {
      const entry = opened[who]!;
      const answer = await agent.call("POST", `/api/cases/${entry.id}/commands`, {
        expectedVersion: entry.version,
        command,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      entry.version = answer.body.version;
    };
    const encounter = { type: "RecordEncounter", place: "Near Tecate", port: null };
    await run(cbp, "Olga", encounter);
    await run(cbp, "Ivan", encounter);
    await run(cbp, "Ivan", { type: "ProcessUnderTitle8", pathway: "section_240" });
    await run(ice, "Ivan", { type: "ReleaseOnRecognizance", conditions: null });

    const { code } = await codeOf(server, family.id);
    const refused = await cbp.call("POST", "/api/appointments/check-in", { code });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.contentType).toContain("application/problem+json");
    expect(refused.body).toMatchObject({
      title: "Some people in this group cannot be checked in",
      code: "members-refused",
      detail:
        "2 of 3 people in this group cannot be checked in, so nothing was recorded: Olga Smirnova (in-custody), Ivan Smirnov (released).",
    });
    const checkedIn = "INA 235(a)(3); CBP One at ports of entry";
    expect(refused.body.people).toEqual([
      {
        displayName: "Olga Smirnova",
        code: "in-custody",
        rule: "process.custody.AppointmentCheckedIn",
        citation: checkedIn,
        detail: expect.stringContaining('while custody is "cbp_custody"'),
      },
      {
        displayName: "Ivan Smirnov",
        code: "released",
        rule: "process.custody.AppointmentCheckedIn",
        citation: checkedIn,
        detail: expect.stringContaining('while custody is "released_recognizance"'),
      },
    ]);
    // Nothing was recorded: the appointment is still to be checked in, Vera has no case, and
    // Olga's and Ivan's cases are where they were.
    expect((await codeOf(server, family.id)).status).toBe("confirmed");
    const veraCases = await server.services.db
      .selectFrom("registration_people")
      .innerJoin("cases", "cases.person_id", "registration_people.person_id")
      .select("cases.id")
      .where("registration_id", "=", family.id)
      .where("given_name", "=", "Vera")
      .execute();
    expect(veraCases).toEqual([]);
    for (const who of ["Olga", "Ivan"]) {
      const view = await cbp.call("GET", `/api/cases/${opened[who]!.id}`);
      expect(view.body.version).toBe(opened[who]!.version);
    }
  });

  it("finds a code typed in lower case, without its hyphen or with spaces", async () => {
    const cbp = await server.signIn("cbp@demo.haven.test");
    const { code } = await codeOf(server, couple.id);
    const typed = code.replace("-", "").toLowerCase();
    const checked = await cbp.call("POST", "/api/appointments/check-in", { code: typed });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body).toMatchObject({ code, status: "checked_in" });
    expect(checked.body.cases.map((c: { displayName: string }) => c.displayName)).toEqual([
      "Pavel Orlov",
      "Daria Orlova",
    ]);
    const again = await cbp.call("POST", "/api/appointments/check-in", {
      code: ` ${code.slice(0, 4).toLowerCase()} ${code.slice(4)} `,
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(`The appointment ${code} is already checked in.`);
    const single = await codeOf(server, other.id);
    const spaced = `${single.code.slice(0, 2)} ${single.code.slice(2, 4)}${single.code.slice(5)}`;
    const noShow = await cbp.call(
      "POST",
      `/api/appointments/${encodeURIComponent(spaced.toLowerCase())}/no-show`,
    );
    expect(noShow.status, JSON.stringify(noShow.body)).toBe(200);
    expect(noShow.body).toEqual({ code: single.code, status: "no_show" });
    for (const bad of ["K7QM-2XW", "K7QM2XWPP", "K7QM_2XWP"]) {
      const answer = await cbp.call("POST", "/api/appointments/check-in", { code: bad });
      expect(answer.status, bad).toBe(400);
      expect(answer.body.errors[0]).toEqual({
        field: "body.code",
        message: "must be an appointment code like K7QM-2XWP",
      });
    }
  });
});
