import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { visibleCases } from "../platform/auth/caseAccess.ts";
import { readCaseEvents } from "../platform/caseLog/store.ts";
import { NotFoundError } from "../platform/errors.ts";
import { invalidRequest, refusalProblem, sendProblem } from "../platform/http/problem.ts";
import type { Services } from "../platform/services.ts";
import { linkOpenedCase } from "./accounts/index.ts";
import { openCase } from "./openCase.ts";
import { runCaseCommand } from "./runCaseCommand.ts";
import {
  caseIdParams,
  caseSummarySchema,
  caseViewSchema,
  commandBody,
  diagramSchema,
  listQuery,
  openCaseBody,
  problemSchema,
} from "./schemas.ts";
import { findCaseRow, listCaseRows, toPersonView } from "./store.ts";

export function caseRoutes(services: Services): FastifyPluginAsyncZod {
  const { db, engine } = services;
  /** Facts are recorded when or after they happen, never ahead of time. */
  const futureProblem = (occurredAt: string | undefined) =>
    occurredAt && Date.parse(occurredAt) > services.clock().getTime()
      ? invalidRequest([{ field: "body.occurredAt", message: "must not be in the future" }])
      : null;
  return async (app) => {
    app.get(
      "/api/cases",
      {
        config: {
          access: { permission: "case.list" },
          audit: { kind: "read", action: "case.list" },
        },
        schema: {
          tags: ["cases"],
          summary: "List cases",
          querystring: listQuery,
          response: { 200: z.object({ cases: z.array(caseSummarySchema) }), 400: problemSchema },
        },
      },
      async (request) => {
        const rows = await listCaseRows(
          db,
          request.query.limit,
          request.query.offset,
          visibleCases(request.account!),
        );
        request.auditSubject = { type: "case", id: null, details: { count: rows.length } };
        return {
          cases: rows.map((row) => {
            const { languages: _languages, ...person } = toPersonView(row);
            return {
              id: row.id,
              reference: row.reference,
              version: row.version,
              person,
              state: engine.summarize(row.state),
              updatedAt: row.updated_at.toISOString(),
            };
          }),
        };
      },
    );

    app.get(
      "/api/cases/:id",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "case.read" },
        },
        schema: {
          tags: ["cases"],
          summary: "A case: its person, where it stands, and its whole timeline",
          params: caseIdParams,
          response: { 200: caseViewSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const row = await findCaseRow(db, request.params.id);
        if (!row) throw new NotFoundError("The case");
        const timeline = await readCaseEvents(db, row.id);
        request.auditSubject = { type: "case", id: row.id };
        const deadlines = engine.deadlines(timeline, services.clock().toISOString());
        return {
          id: row.id,
          reference: row.reference,
          version: row.version,
          person: toPersonView(row),
          state: engine.summarize(row.state),
          nextSteps: engine.nextSteps(row.state, deadlines),
          deadlines,
          timeline: timeline.map(({ caseId: _caseId, ...entry }) => entry),
        };
      },
    );

    app.get(
      "/api/cases/:id/diagram",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "case.diagram" },
        },
        schema: {
          tags: ["cases"],
          summary: "The process model as a Mermaid state diagram, with where this case stands",
          params: caseIdParams,
          response: { 200: diagramSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const row = await findCaseRow(db, request.params.id);
        if (!row) throw new NotFoundError("The case");
        request.auditSubject = { type: "case", id: row.id };
        return {
          format: "mermaid" as const,
          diagram: engine.diagram(),
          current: engine.summarize(row.state),
        };
      },
    );

    app.post(
      "/api/cases",
      {
        config: {
          access: { permission: "case.open" },
          audit: { kind: "write", action: "case.open" },
        },
        schema: {
          tags: ["cases"],
          summary: "Open a case for a person",
          body: openCaseBody,
          response: {
            201: z.object({ id: z.string(), reference: z.string(), version: z.number().int() }),
            400: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const future = futureProblem(request.body.occurredAt);
        if (future) return sendProblem(reply, future);
        const opened = await openCase(services, request.body, request.actor, (trx, created) =>
          linkOpenedCase(trx, request.account, created),
        );
        return reply.status(201).send(opened);
      },
    );

    app.post(
      "/api/cases/:id/commands",
      {
        config: {
          access: { permission: "case.command", relationship: "case", commands: true },
          audit: { kind: "write", action: "case.command" },
        },
        schema: {
          tags: ["cases"],
          summary: "Run a command on a case, checked against the process model",
          params: caseIdParams,
          body: commandBody,
          response: {
            200: z.object({
              version: z.number().int(),
              events: z.array(z.object({ seq: z.number().int(), type: z.string() })),
            }),
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const future = futureProblem(request.body.occurredAt);
        if (future) return sendProblem(reply, future);
        const parsed = engine.commandSchema.safeParse(request.body.command);
        if (!parsed.success) {
          const errors = parsed.error.issues.map((issue) => ({
            field: ["body", "command", ...issue.path.map(String)].join("."),
            message: issue.message,
          }));
          return sendProblem(reply, invalidRequest(errors));
        }
        const outcome = await runCaseCommand(
          services,
          request.params.id,
          request.body.expectedVersion,
          parsed.data,
          request.actor,
          request.body.occurredAt,
        );
        if (!outcome.ok) return sendProblem(reply, refusalProblem(outcome.refusal));
        return { version: outcome.version, events: outcome.events };
      },
    );
  };
}
