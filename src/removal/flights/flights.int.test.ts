import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewHeld, negativeConscription } from "../../demo/stories/common.ts";
import type { CommandInput } from "../../pathway.ts";
import { type Role, roles } from "../../platform/auth/roles.ts";
import type { Agent } from "../../platform/testing/agent.ts";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

const NOW = "2026-11-20T15:00:00Z";
const MISSING = "00000000-0000-4000-8000-000000000000";

interface Person {
  id: string;
  reference: string;
}

describe(`removal flights and their manifests (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  let ice: Agent;
  let officer: Agent;
  let supervisor: Agent;
  let judge: Agent;
  let admin: Agent;
  let people = 0;

  const run = async (agent: Agent, caseId: string, command: CommandInput, occurredAt?: string) => {
    const read = await ice.call("GET", `/api/cases/${caseId}`);
    const ran = await agent.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: read.body.version,
      command,
      ...(occurredAt ? { occurredAt } : {}),
    });
    expect(ran.status, `${command.type}: ${JSON.stringify(ran.body)}`).toBe(200);
  };

  /**
   * A man picked up between ports in November 2026: negative credible fear on conscription
   * alone, upheld by an immigration judge, an expedited removal order, detained.
   */
  const orderedRemoved = async (country = "RU"): Promise<Person> => {
    people += 1;
    const opened = await cbp.call("POST", "/api/cases", {
      person: {
        givenName: "Test",
        familyName: `Person ${people}`,
        nationality: country,
        languages: ["ru"],
      },
      occurredAt: "2026-11-01T09:00:00Z",
    });
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;
    await run(
      cbp,
      id,
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      "2026-11-07T13:00:00Z",
    );
    await run(
      cbp,
      id,
      { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
      "2026-11-07T15:00:00Z",
    );
    await run(cbp, id, { type: "ClaimFear", language: "ru" }, "2026-11-07T16:00:00Z");
    await run(
      ice,
      id,
      { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" },
      "2026-11-09T18:00:00Z",
    );
    await run(
      officer,
      id,
      {
        type: "ScheduleCredibleFearInterview",
        scheduledFor: "2026-11-12T17:00:00Z",
        language: "ru",
      },
      "2026-11-09T19:00:00Z",
    );
    await run(
      officer,
      id,
      interviewHeld("2026-11-12T17:00:00Z", "interpreter-ru-044"),
      "2026-11-12T19:00:00Z",
    );
    await run(officer, id, negativeConscription(), "2026-11-12T20:00:00Z");
    await run(
      supervisor,
      id,
      { type: "CompleteSupervisoryReview", outcome: "negative" },
      "2026-11-13T15:00:00Z",
    );
    await run(officer, id, { type: "RequestIJReview", how: "requested" }, "2026-11-13T16:00:00Z");
    await run(
      judge,
      id,
      { type: "DecideIJReview", decision: "affirmed", judgeId: "ij-1" },
      "2026-11-18T18:00:00Z",
    );
    await run(ice, id, { type: "OrderExpeditedRemoval", country }, "2026-11-18T19:00:00Z");
    return { id, reference: opened.body.reference };
  };

  let flights = 0;
  const newFlight = async (departsAt: string, destination = "RU") => {
    flights += 1;
    const created = await ice.call("POST", "/api/removal-flights", {
      kind: "charter",
      carrier: "ICE Air charter (test)",
      flightNumber: `IA ${4200 + flights}`,
      destination,
      departureAirport: "SAN",
      departsAt,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };

  const manifest = (flightId: string, person: Person) =>
    ice.call("POST", `/api/removal-flights/${flightId}/manifest`, {
      caseReference: person.reference,
    });
  const outcome = (flightId: string, person: Person, body: unknown, as = ice) =>
    as.call("POST", `/api/removal-flights/${flightId}/manifest/${person.id}/outcome`, body);
  const caseOf = async (person: Person) => (await ice.call("GET", `/api/cases/${person.id}`)).body;
  const entry = async (flightId: string, person: Person) => {
    const read = await ice.call("GET", `/api/removal-flights/${flightId}`);
    expect(read.status).toBe(200);
    return read.body.manifest.find((line: { caseId: string }) => line.caseId === person.id);
  };

  beforeAll(async () => {
    server = await startTestServer(() => new Date(NOW));
    [cbp, ice, officer, judge, admin] = [
      await server.as("cbp_officer"),
      await server.as("ice_officer"),
      await server.as("asylum_officer"),
      await server.as("immigration_judge"),
      await server.as("administrator"),
    ];
    supervisor = await server.signIn("supervisor@demo.haven.test");
  });
  afterAll(async () => {
    await server.close();
  });

  it("the man who fainted: on a manifest, medical, back in detention, then on a later flight (INA 243(a))", async () => {
    const man = await orderedRemoved();
    const first = await newFlight("2026-11-25T12:00:00Z");
    const added = await manifest(first, man);
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      caseId: man.id,
      reference: man.reference,
      displayName: "Test Person 1",
      status: "on_manifest",
      blocked: null,
    });
    expect((await caseOf(man)).state.removal).toBe("scheduled");

    const fainted = await outcome(first, man, {
      outcome: "medical",
      detail: "Fainted while being loaded onto the aircraft; returned to detention.",
    });
    expect([fainted.status, fainted.body.status]).toEqual([200, "medical"]);
    const back = await caseOf(man);
    expect([back.state.custody, back.state.removal]).toEqual(["detained", "final_order"]);
    const failed = back.timeline.find(
      (event: { type: string }) => event.type === "RemovalAttemptFailed",
    );
    expect(failed.data).toMatchObject({ reason: "medical", flightId: first });
    const flight = await ice.call("GET", `/api/removal-flights/${first}`);
    expect(flight.body.flight.status).toBe("departed");

    const second = await newFlight("2026-12-03T12:00:00Z");
    expect((await manifest(second, man)).body.status).toBe("on_manifest");
    const again = await caseOf(man);
    expect(again.state.removal).toBe("scheduled");
    expect(
      again.timeline
        .filter((event: { type: string }) => event.type === "RemovalScheduled")
        .map((event: { data: { flightId: string; scheduledFor: string } }) => [
          event.data.flightId,
          event.data.scheduledFor,
        ]),
    ).toEqual([
      [first, "2026-11-25T12:00:00.000Z"],
      [second, "2026-12-03T12:00:00.000Z"],
    ]);
  });

  it("the man who refused to board: back in detention, then on a second flight and removed", async () => {
    const man = await orderedRemoved();
    const first = await newFlight("2026-11-26T12:00:00Z");
    await manifest(first, man);
    const refused = await outcome(first, man, { outcome: "refused_to_board", detail: null });
    expect(refused.body.status).toBe("refused_to_board");
    expect((await caseOf(man)).state).toMatchObject({
      custody: "detained",
      removal: "final_order",
    });

    const second = await newFlight("2026-12-04T12:00:00Z");
    expect((await manifest(second, man)).body.status).toBe("on_manifest");
    const removed = await outcome(second, man, { outcome: "removed" });
    expect([removed.status, removed.body.status]).toEqual([200, "removed"]);
    expect((await caseOf(man)).state).toMatchObject({ custody: "removed", removal: "executed" });
    // What became of him on the first flight stays on its manifest.
    expect((await entry(first, man)).status).toBe("refused_to_board");
  });

  it("two brothers: one removed after the judge upheld the negative finding, the other shown blocked once his case is in court, then taken off", async () => {
    const younger = await orderedRemoved();
    const older = await orderedRemoved();
    const flight = await newFlight("2026-11-27T12:00:00Z");
    await manifest(flight, younger);
    await manifest(flight, older);
    await run(officer, older.id, { type: "ReconsiderCredibleFear", reasons: "New evidence." });
    await run(ice, older.id, { type: "ServeNoticeToAppear", court: "eoir-san-diego" });

    const read = await ice.call("GET", `/api/removal-flights/${flight}`);
    const lines = Object.fromEntries(
      read.body.manifest.map((line: { caseId: string }) => [line.caseId, line]),
    );
    expect(lines[younger.id]).toMatchObject({ status: "on_manifest", blocked: null });
    expect(lines[older.id]).toMatchObject({
      status: "blocked",
      blocked: {
        rule: "removal.guard.proceedings-pending",
        citation: "INA 240(a)(3)",
        reason: expect.stringContaining("removal proceedings are pending before eoir-san-diego"),
      },
    });

    const before = await caseOf(older);
    const boarding = await outcome(flight, older, { outcome: "removed" });
    expect(boarding.status).toBe(422);
    expect(boarding.contentType).toContain("application/problem+json");
    expect(boarding.body).toMatchObject({
      rule: "removal.guard.proceedings-pending",
      citation: "INA 240(a)(3)",
    });
    const takenOff = await outcome(flight, older, {
      outcome: "cancelled",
      reason: "His case is before the immigration court.",
    });
    expect([takenOff.status, takenOff.body.status]).toEqual([200, "taken_off"]);
    expect((await caseOf(older)).version).toBe(before.version);

    expect((await outcome(flight, younger, { outcome: "removed" })).body.status).toBe("removed");
    expect((await caseOf(younger)).state.custody).toBe("removed");

    // Put on another flight now, he is on its manifest as blocked, and his case log is unchanged.
    const later = await newFlight("2026-12-05T12:00:00Z");
    const blocked = await manifest(later, older);
    expect(blocked.body).toMatchObject({
      status: "blocked",
      blocked: { rule: "removal.guard.proceedings-pending" },
    });
    expect((await caseOf(older)).version).toBe(before.version);
    const refusedBoarding = await outcome(later, older, { outcome: "medical" });
    expect([refusedBoarding.status, refusedBoarding.body.rule]).toEqual([
      422,
      "removal.guard.proceedings-pending",
    ]);
  });

  it("a pause of removals to the destination, recorded after manifesting but before departure, blocks boarding", async () => {
    const man = await orderedRemoved("GE");
    const flight = await newFlight("2026-12-10T12:00:00Z", "GE");
    expect((await manifest(flight, man)).body.status).toBe("on_manifest");
    const paused = await admin.call("PUT", "/api/admin/removals", {
      country: "GE",
      paused: true,
      effectiveAt: "2026-12-01T05:00:00Z",
      reason: "Flights to Tbilisi suspended.",
      citation: "ICE statement of 2026-11-20 (test)",
    });
    expect(paused.status).toBe(201);
    expect(await entry(flight, man)).toMatchObject({
      status: "blocked",
      blocked: {
        rule: "removal.policy.country-paused",
        citation: "ICE statement of 2026-11-20 (test)",
      },
    });
    const before = await caseOf(man);
    const boarding = await outcome(flight, man, { outcome: "removed" });
    expect([boarding.status, boarding.body.rule, boarding.body.citation]).toEqual([
      422,
      "removal.policy.country-paused",
      "ICE statement of 2026-11-20 (test)",
    ]);
    // The refused write changed nothing: the case, its manifest line, the flight.
    const after = await caseOf(man);
    expect([after.version, after.state.removal]).toEqual([before.version, "scheduled"]);
    const read = await ice.call("GET", `/api/removal-flights/${flight}`);
    expect(read.body.flight.status).toBe("scheduled");
    // A flight that leaves before the pause takes him.
    const earlier = await newFlight("2026-11-29T12:00:00Z", "GE");
    expect((await manifest(earlier, man)).body.status).toBe("on_manifest");
    expect((await entry(flight, man)).status).toBe("taken_off");
  });

  it("cancels a flight: everyone's removal is called off with the reason, the order stays final", async () => {
    const man = await orderedRemoved();
    const flight = await newFlight("2026-12-06T12:00:00Z");
    await manifest(flight, man);
    const bad = await ice.call("POST", `/api/removal-flights/${flight}/cancel`, { reason: "" });
    expect(bad.status).toBe(400);
    const cancelled = await ice.call("POST", `/api/removal-flights/${flight}/cancel`, {
      reason: "The charter operator cancelled the flight.",
    });
    expect([cancelled.status, cancelled.body.cancelled, cancelled.body.flight.status]).toEqual([
      200,
      1,
      "cancelled",
    ]);
    const after = await caseOf(man);
    expect(after.state).toMatchObject({ removal: "final_order", custody: "detained" });
    expect(after.timeline.at(-1)).toMatchObject({
      type: "RemovalCancelled",
      data: { reason: "The charter operator cancelled the flight.", flightId: flight },
    });
    expect((await entry(flight, man)).status).toBe("cancelled");
    const onCancelled = await manifest(flight, man);
    expect([onCancelled.status, onCancelled.body.code]).toEqual([409, "flight-cancelled"]);
    const twice = await ice.call("POST", `/api/removal-flights/${flight}/cancel`, {
      reason: "Again.",
    });
    expect(twice.status).toBe(409);
  });

  it("of two officers recording the same person's outcome at once, one gets 200 and the other 409", async () => {
    const man = await orderedRemoved();
    const flight = await newFlight("2026-12-07T12:00:00Z");
    await manifest(flight, man);
    const second = await server.signIn("ice@demo.haven.test");
    const answers = await Promise.all([
      outcome(flight, man, { outcome: "removed" }),
      outcome(flight, man, { outcome: "refused_to_board" }, second),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const conflict = answers.find((answer) => answer.status === 409);
    expect(conflict?.body.code).toBe("outcome-recorded");
    const events = (await caseOf(man)).timeline.map((event: { type: string }) => event.type);
    expect(
      events.filter(
        (type: string) => type === "RemovalExecuted" || type === "RemovalAttemptFailed",
      ),
    ).toHaveLength(1);
  });

  it("lists flights still to depart first, soonest first, a page at a time", async () => {
    const all = await ice.call("GET", "/api/removal-flights?limit=100");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.flights.length);
    const upcoming = all.body.flights.filter(
      (flight: { status: string; departsAt: string }) =>
        flight.status === "scheduled" && flight.departsAt >= NOW,
    );
    const departures = upcoming.map((flight: { departsAt: string }) => flight.departsAt);
    expect(departures).toEqual([...departures].sort());
    expect(all.body.flights.slice(0, upcoming.length)).toEqual(upcoming);
    const page = await ice.call("GET", "/api/removal-flights?limit=2&offset=1");
    expect(page.body.flights).toEqual(all.body.flights.slice(1, 3));
  });

  it("runs no flight command through the command route, for any role", async () => {
    const man = await orderedRemoved();
    const flight = await newFlight("2026-12-08T12:00:00Z");
    const version = (await caseOf(man)).version;
    for (const command of [
      {
        type: "ScheduleRemoval",
        flightId: flight,
        destination: "RU",
        departsAt: "2026-12-08T12:00:00Z",
      },
      { type: "ExecuteRemoval" },
      { type: "CancelRemoval", reason: "x" },
    ]) {
      const answer = await ice.call("POST", `/api/cases/${man.id}/commands`, {
        expectedVersion: version,
        command,
      });
      expect([answer.status, answer.body.detail]).toEqual([
        403,
        `Your role may not run the command ${command.type}.`,
      ]);
    }
    expect((await caseOf(man)).version).toBe(version);
  });

  it("answers every role but ICE officers 403 on the flight routes, and a signed-out caller 401", async () => {
    const flight = await newFlight("2026-12-09T12:00:00Z");
    const requests: [string, string, unknown][] = [
      ["GET", "/api/removal-flights", undefined],
      ["GET", `/api/removal-flights/${flight}`, undefined],
      ["POST", "/api/removal-flights", {}],
      ["POST", `/api/removal-flights/${flight}/manifest`, {}],
      ["POST", `/api/removal-flights/${flight}/manifest/${MISSING}/outcome`, {}],
      ["POST", `/api/removal-flights/${flight}/cancel`, {}],
    ];
    const anonymous = server.agent();
    await anonymous.session();
    for (const [method, url, body] of requests) {
      expect((await anonymous.call(method, url, body)).status, `${method} ${url}`).toBe(401);
      for (const role of roles.filter(
        (candidate): candidate is Role => candidate !== "ice_officer",
      )) {
        const answer = await (await server.as(role)).call(method, url, body);
        expect(answer.status, `${method} ${url} as ${role}`).toBe(403);
      }
    }
    expect((await ice.call("GET", `/api/removal-flights/${MISSING}`)).status).toBe(404);
  });

  it("answers bad bodies with 400 problem+json naming the field, NUL characters and year 0000 included", async () => {
    const flight = await newFlight("2026-12-11T12:00:00Z");
    const good = {
      kind: "charter",
      carrier: "ICE Air charter (test)",
      flightNumber: "IA 4299",
      destination: "RU",
      departureAirport: "SAN",
      departsAt: "2026-12-11T12:00:00Z",
    };
    const bad: [string, string, unknown, string][] = [
      ["POST", "/api/removal-flights", { ...good, carrier: "ICE\u0000Air" }, "body.carrier"],
      [
        "POST",
        "/api/removal-flights",
        { ...good, departsAt: "0000-01-01T00:00:00Z" },
        "body.departsAt",
      ],
      ["POST", "/api/removal-flights", { ...good, departsAt: "next Tuesday" }, "body.departsAt"],
      ["POST", "/api/removal-flights", { ...good, destination: "Russia" }, "body.destination"],
      ["POST", "/api/removal-flights", { ...good, kind: "balloon" }, "body.kind"],
      [
        "POST",
        "/api/removal-flights",
        { ...good, departureAirport: "san" },
        "body.departureAirport",
      ],
      [
        "POST",
        `/api/removal-flights/${flight}/manifest`,
        { caseReference: "HVN-2026-00001\u0000" },
        "body.caseReference",
      ],
      [
        "POST",
        `/api/removal-flights/${flight}/manifest/${MISSING}/outcome`,
        { outcome: "vanished" },
        "body.outcome",
      ],
      [
        "POST",
        `/api/removal-flights/${flight}/manifest/${MISSING}/outcome`,
        { outcome: "cancelled" },
        "body.reason",
      ],
      [
        "POST",
        `/api/removal-flights/${flight}/manifest/${MISSING}/outcome`,
        { outcome: "medical", detail: "a\u0000b" },
        "body.detail",
      ],
      ["POST", `/api/removal-flights/${flight}/cancel`, { reason: "\u0000" }, "body.reason"],
      ["GET", "/api/removal-flights/not-a-flight", undefined, "params.id"],
      ["GET", "/api/removal-flights?limit=0", undefined, "querystring.limit"],
    ];
    for (const [method, url, body, field] of bad) {
      const answer = await ice.call(method, url, body);
      expect(answer.status, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.contentType).toContain("application/problem+json");
      expect(
        answer.body.errors.map((error: { field: string }) => error.field),
        `${url} ${JSON.stringify(body)}`,
      ).toContain(field);
    }
    const list = await ice.call("GET", "/api/removal-flights?limit=100");
    expect(
      list.body.flights.map((one: { flightNumber: string }) => one.flightNumber),
    ).not.toContain("IA 4299");
    const missing = await ice.call("POST", `/api/removal-flights/${flight}/manifest`, {
      caseReference: "HVN-2026-999999",
    });
    expect([missing.status, missing.body.code]).toEqual([404, "case-not-found"]);
  });
});
