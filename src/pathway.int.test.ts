import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DeadlineRule } from "./core/deadlines/types.ts";
import { accept, refuse } from "./core/decision.ts";
import { type AreaDomain, assemblePathway, type EventHandlers } from "./core/pathway/index.ts";
import { refusal } from "./core/refusal.ts";
import { modules } from "./pathway.ts";
import { composeHouse } from "./platform/compose.ts";
import { problemSchema } from "./platform/http/schemas.ts";
import type { HavenModule } from "./platform/module.ts";
import type { Services } from "./platform/services.ts";
import type { Agent } from "./platform/testing/agent.ts";
import { decisionContext } from "./policy/context.ts";
import type { PolicyContext } from "./policy/types.ts";
import { testEngine } from "./testing/testDatabase.ts";
import { startTestServer, type TestServer } from "./testing/testServer.ts";

/**
 * A test-only area, added the way docs/ARCHITECTURE.md says a new area is: its facts, an event
 * and how it changes them, a command with its decider and roles, a deadline rule, a route. Nothing
 * of the house is edited: the list of modules gets one more entry.
 */
interface NotesFacts {
  notes: number;
}

const notesEvents = {
  NoteAdded: z.object({ text: z.string().describe("The note.") }).describe("A note was added."),
};

const addNote = z
  .object({
    type: z.literal("AddNote"),
    text: z.string().trim().min(1).max(500).describe("What the note says."),
  })
  .meta({
    description: "Add a note to the case (at most three).",
    examples: [{ type: "AddNote", text: "Called back." }],
  });

const answerNote: DeadlineRule = {
  id: "notes.answer-7d",
  title: "A note is answered within 7 days",
  citation: "test rule",
  kind: "by",
  party: "uscis",
  startsOn: [{ type: "NoteAdded" }],
  length: 7,
  unit: "calendarDays",
  rolls: false,
  check: false,
  stoppedBy: [],
  restart: "add",
};

const handlers: EventHandlers<NotesFacts, { NoteAdded: { text: string } }> = {
  NoteAdded: (state) => ({ ...state, notes: state.notes + 1 }),
};

const notesDomain = {
  name: "notes",
  facts: (): NotesFacts => ({ notes: 0 }),
  events: { schemas: notesEvents, evolve: handlers },
  commands: {
    schemas: [addNote],
    decide: (state: NotesFacts, command: z.infer<typeof addNote>) =>
      state.notes >= 3
        ? refuse(refusal("notes.limit", "test rule", "A case takes at most three notes.", "text"))
        : accept({ type: "NoteAdded", data: { text: command.text } }),
    roles: { AddNote: ["asylum_officer"] },
  },
  deadlines: [answerNote],
} satisfies AreaDomain<PolicyContext>;

function notesRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/cases/:id/notes",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "notes.read" },
        },
        schema: {
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ notes: z.number().int() }), 404: problemSchema },
        },
      },
      async (request) => {
        const row = await services.db
          .selectFrom("cases")
          .select("state")
          .where("id", "=", request.params.id)
          .executeTakeFirstOrThrow();
        request.auditSubject = { type: "case", id: request.params.id };
        return { notes: Number((row.state as { notes?: number }).notes ?? 0) };
      },
    );
  };
}

const notes = {
  name: "notes",
  domain: notesDomain,
  routes: notesRoutes,
} satisfies HavenModule;

describe(`a new area, added in its folder and one line of the list (${testEngine})`, () => {
  let server: TestServer;
  let cbp: Agent;
  let asylum: Agent;
  let caseId: string;
  beforeAll(async () => {
    const extended = [...modules, notes];
    const pathway = assemblePathway<PolicyContext>(
      extended.flatMap((module) => ("domain" in module ? [module.domain] : [])),
    );
    server = await startTestServer({ house: composeHouse(extended, pathway, decisionContext) });
    cbp = await server.as("cbp_officer");
    asylum = await server.as("asylum_officer");
    const opened = await cbp.call("POST", "/api/cases", {
      person: { givenName: "Test", familyName: "Notes", nationality: "RU", languages: [] },
      occurredAt: "2023-06-01T15:00:00Z",
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it("runs the area's command over HTTP through the one pipeline: its event, its rule, its route", async () => {
    const added = await asylum.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: 1,
      command: { type: "AddNote", text: "Asked for an interpreter in Russian." },
    });
    expect(added.status).toBe(200);
    expect(added.body.events).toEqual([{ seq: 2, type: "NoteAdded" }]);
    const read = await asylum.call("GET", `/api/cases/${caseId}`);
    expect(read.body.timeline.at(-1)).toMatchObject({
      type: "NoteAdded",
      data: { text: "Asked for an interpreter in Russian." },
    });
    expect(read.body.deadlines).toContainEqual(
      expect.objectContaining({
        ruleId: "notes.answer-7d",
        party: "uscis",
        status: expect.any(String),
      }),
    );
    const count = await asylum.call("GET", `/api/cases/${caseId}/notes`);
    expect(count).toMatchObject({ status: 200, body: { notes: 1 } });
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["action", "subject_id", "details"])
      .where("subject_id", "=", caseId)
      .where("action", "in", ["case.command", "notes.read"])
      .execute();
    expect(audit.map((entry) => entry.action).sort()).toEqual(["case.command", "notes.read"]);
  });

  it("refuses with the area's rule, and only the roles it names may run the command", async () => {
    for (const [version, text] of [
      [2, "two"],
      [3, "three"],
    ] as const) {
      expect(
        (
          await asylum.call("POST", `/api/cases/${caseId}/commands`, {
            expectedVersion: version,
            command: { type: "AddNote", text },
          })
        ).status,
      ).toBe(200);
    }
    const fourth = await asylum.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: 4,
      command: { type: "AddNote", text: "four" },
    });
    expect(fourth.status).toBe(422);
    expect(fourth.body).toMatchObject({ rule: "notes.limit", citation: "test rule" });
    const ice = await server.as("ice_officer");
    const refused = await ice.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: 4,
      command: { type: "AddNote", text: "five" },
    });
    expect(refused.status).toBe(403);
  });

  it("describes the area's command in the OpenAPI document", async () => {
    const doc = await server.agent().call("GET", "/api/openapi.json");
    expect(JSON.stringify(doc.body)).toContain("Add a note to the case (at most three).");
  });
});
