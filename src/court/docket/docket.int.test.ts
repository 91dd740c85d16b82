import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent } from "../../platform/testing/agent.ts";
import { addSessionOver } from "../../testing/docket.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

const NOW = "2026-03-02T15:00:00Z";

describe(`the courts' dockets and hearings in their slots (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  let clerk: Agent;
  let judge: Agent;
  let people = 0;

  const version = async (caseId: string): Promise<number> =>
    (await cbp.call("GET", `/api/cases/${caseId}`)).body.version;
  const run = async (agent: Agent, caseId: string, command: object) =>
    agent.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: await version(caseId),
      command,
    });

  /** A person in proceedings at a court: the Notice to Appear served today. */
  const inProceedings = async (court: string): Promise<string> => {
    people += 1;
    const opened = await cbp.call("POST", "/api/cases", {
      person: {
        givenName: "Test",
        familyName: `Docket ${people}`,
        nationality: "RU",
        languages: ["ru"],
      },
      occurredAt: "2026-03-01T10:00:00Z",
    });
    expect(opened.status).toBe(201);
    for (const command of [
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      { type: "ProcessUnderTitle8", pathway: "section_240" },
      { type: "ServeNoticeToAppear", court, servedOn: "2026-03-02" },
    ]) {
      expect((await run(cbp, opened.body.id, command)).status, command.type).toBe(200);
    }
    return opened.body.id;
  };

  const docket = async (court: string, query: string) =>
    (await clerk.call("GET", `/api/courts/${court}/docket?${query}`)).body;

  beforeAll(async () => {
    server = await startTestServer(() => new Date(NOW));
    cbp = await server.as("cbp_officer");
    clerk = await server.as("court_clerk");
    judge = await server.as("immigration_judge");
  });
  afterAll(async () => {
    await server.close();
  });

  it("lists the courts with their zones, courtrooms and judges", async () => {
    const answer = await judge.call("GET", "/api/courts");
    expect(answer.status).toBe(200);
    expect(answer.body.courts).toContainEqual(
      expect.objectContaining({ id: "eoir-el-paso", timeZone: "America/Denver" }),
    );
  });

  it("cuts a clerk's session into slots on the court's clock, and refuses a judge or room twice", async () => {
    const slots = await addSessionOver(clerk, "eoir-el-paso", {
      day: "2026-03-16",
      start: "08:30",
      end: "10:00",
    });
    // 08:30 in El Paso on a day of Mountain Daylight Time is 14:30 UTC.
    expect(slots.map((slot) => slot.startsAt)).toEqual([
      "2026-03-16T14:30:00Z",
      "2026-03-16T14:45:00Z",
      "2026-03-16T15:00:00Z",
      "2026-03-16T15:15:00Z",
      "2026-03-16T15:30:00Z",
      "2026-03-16T15:45:00Z",
    ]);
    const session = {
      judgeId: "ij-el-paso-1",
      room: "2",
      day: "2026-03-16",
      start: "09:45",
      end: "11:00",
      kind: "individual",
      slotMinutes: 75,
    };
    const sameJudge = await clerk.call("POST", "/api/courts/eoir-el-paso/sessions", session);
    expect(sameJudge.status).toBe(409);
    expect(sameJudge.body.detail).toBe(
      "The judge ij-el-paso-1 already sits at that time on 2026-03-16.",
    );
    const sameRoom = await clerk.call("POST", "/api/courts/eoir-el-paso/sessions", {
      ...session,
      judgeId: "ij-el-paso-2",
      room: "1",
    });
    expect(sameRoom.status).toBe(409);
    const stranger = await clerk.call("POST", "/api/courts/eoir-el-paso/sessions", {
      ...session,
      judgeId: "ij-san-diego-1",
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.detail).toMatch(/^body\.judgeId: is not a judge of El Paso/);
    expect((await clerk.call("POST", "/api/courts/eoir-atlantis/sessions", session)).status).toBe(
      404,
    );
    expect((await judge.call("POST", "/api/courts/eoir-el-paso/sessions", session)).status).toBe(
      403,
    );
    const day = await docket("eoir-el-paso", "day=2026-03-16");
    expect(day.timeZone).toBe("America/Denver");
    expect(day.slots.map((slot: { time: string }) => slot.time)).toEqual([
      "08:30",
      "08:45",
      "09:00",
      "09:15",
      "09:30",
      "09:45",
    ]);
  });

  it("schedules a hearing only into a real slot, which then holds it; another case gets 409", async () => {
    const [first, second] = await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-03-20",
      start: "09:00",
      end: "09:30",
    });
    const caseId = await inProceedings("eoir-san-diego");
    const nowhere = await run(clerk, caseId, {
      type: "ScheduleHearing",
      hearingId: "h-1",
      slotId: "00000000-0000-4000-8000-000000000000",
    });
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.rule).toBe("court.docket.no-such-slot");
    const booked = await run(clerk, caseId, {
      type: "ScheduleHearing",
      hearingId: "h-1",
      slotId: first?.id,
    });
    expect(booked.status).toBe(200);
    const read = await judge.call("GET", `/api/cases/${caseId}`);
    expect(read.body.timeline.at(-1).data).toMatchObject({
      at: "2026-03-20T16:00:00Z",
      slotId: first?.id,
      judgeId: "ij-san-diego-1",
      room: "1",
      timeZone: "America/Los_Angeles",
    });
    const held = (await docket("eoir-san-diego", "day=2026-03-20")).slots;
    expect(held[0].hearing).toEqual({ caseId, hearingId: "h-1" });

    const other = await inProceedings("eoir-san-diego");
    const before = await version(other);
    const taken = await run(clerk, other, {
      type: "ScheduleHearing",
      hearingId: "h-1",
      slotId: first?.id,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toMatch(/no longer free/);
    expect(await version(other)).toBe(before);

    // Moved to the next slot, the hearing frees the first.
    expect(
      (await run(clerk, caseId, { type: "ScheduleHearing", hearingId: "h-1", slotId: second?.id }))
        .status,
    ).toBe(200);
    const free = (await docket("eoir-san-diego", "day=2026-03-20&free=true")).slots;
    expect(free.map((slot: { id: string }) => slot.id)).toEqual([first?.id]);
  });

  it("of two clerks booking one slot at once for two cases, one gets it and the other 409", async () => {
    const [slot] = await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-03-23",
      start: "09:00",
      end: "09:15",
    });
    const cases = [await inProceedings("eoir-san-diego"), await inProceedings("eoir-san-diego")];
    const secondClerk = await server.signIn("clerk@demo.haven.test");
    const versions = await Promise.all(cases.map(version));
    const answers = await Promise.all(
      cases.map((caseId, index) =>
        (index === 0 ? clerk : secondClerk).call("POST", `/api/cases/${caseId}/commands`, {
          expectedVersion: versions[index],
          command: { type: "ScheduleHearing", hearingId: "h-1", slotId: slot?.id },
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const [held] = (await docket("eoir-san-diego", "day=2026-03-23")).slots;
    const winner = cases[answers.findIndex((answer) => answer.status === 200)];
    expect(held.hearing).toEqual({ caseId: winner, hearingId: "h-1" });
    const loser = cases[answers.findIndex((answer) => answer.status === 409)] ?? "";
    expect(await version(loser)).toBe(versions[answers.findIndex((a) => a.status === 409)]);
  });

  it("shows a judge's own day", async () => {
    await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-03-24",
      start: "09:00",
      end: "10:00",
      judgeId: "ij-san-diego-2",
      room: "2",
      kind: "individual",
      slotMinutes: 60,
    });
    await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-03-24",
      start: "09:00",
      end: "09:30",
    });
    const mine = await judge.call(
      "GET",
      "/api/courts/eoir-san-diego/docket?day=2026-03-24&judge=ij-san-diego-2",
    );
    expect(mine.status).toBe(200);
    expect(mine.body.slots).toEqual([
      expect.objectContaining({ time: "09:00", kind: "individual", judgeId: "ij-san-diego-2" }),
    ]);
  });
});
