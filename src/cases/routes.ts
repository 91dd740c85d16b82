import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { visibleCases } from "../platform/auth/caseAccess.ts";
import { writeOf } from "../platform/http/declare.ts";
import { failureProblem, invalidRequest, sendProblem } from "../platform/http/problem.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { caseActions } from "./actions.ts";
import { CASE_MISSING } from "./caseMissing.ts";
import { readCase } from "./readCase.ts";
import { runCommand } from "./runCommand.ts";
import {
  caseActionsSchema,
  caseIdParams,
  caseSummarySchema,
  caseViewSchema,
  commandAnswer,
  commandBody,
  diagramSchema,
  listQuery,
} from "./schemas.ts";
import { findCaseRow, listCaseRows, toPersonView } from "./store.ts";

/** Facts are recorded when or after they happen, never ahead of time. */
export function futureProblem(services: Services, occurredAt: string | undefined) {
  return occurredAt && Date.parse(occurredAt) > services.clock().getTime()
    ? invalidRequest([{ field: "body.occurredAt", message: "must not be in the future" }])
    : null;
}

/** The cases: list, read, the process diagram, and the one route that runs a command. */
export function caseRoutes(services: Services): FastifyPluginAsyncZod {
  const { db, pathway } = services;
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
              state: row.regions,
              updatedAt: row.updated_at.toISOString(),
              lastEventAt: row.last_event_at.toISOString(),
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
          summary: "A case: its person, where it stands, what comes next, and its whole timeline",
          params: caseIdParams,
          response: { 200: caseViewSchema(pathway), 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const view = await readCase(services, request.params.id);
        if (!view) {
          return sendProblem(reply, failureProblem(CASE_MISSING));
        }
        request.auditSubject = { type: "case", id: view.id };
        return view;
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
      async (request, reply) => {
        const summary = await db
          .selectFrom("case_summaries")
          .select(["case_id", "regions"])
          .where("case_id", "=", request.params.id)
          .executeTakeFirst();
        if (!summary) {
          return sendProblem(reply, failureProblem(CASE_MISSING));
        }
        request.auditSubject = { type: "case", id: summary.case_id };
        return { format: "mermaid" as const, diagram: pathway.diagram(), current: summary.regions };
      },
    );

    app.get(
      "/api/cases/:id/actions",
      {
        config: {
          access: { permission: "case.command", relationship: "case" },
          audit: { kind: "read", action: "case.actions" },
        },
        schema: {
          tags: ["cases"],
          summary: "The commands your role may run on the case, as forms, and which can run now",
          description:
            "Each command your role may run (the role table), with its fields as a form and whether the process model allows it now: a command the case's state bars is listed with the refusal that bars it (rule, citation). A command whose refusal depends on what is entered is offered.",
          params: caseIdParams,
          response: { 200: caseActionsSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const row = await findCaseRow(db, request.params.id);
        if (!row) return sendProblem(reply, failureProblem(CASE_MISSING));
        request.auditSubject = { type: "case", id: row.id };
        const context = await services.decisionContext(
          db,
          services.clock().toISOString(),
          request.actor,
        );
        const account = request.account!;
        return {
          version: row.version,
          actions: caseActions(pathway, row.state as never, account.role, context),
        };
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
          description:
            "The command is one of the pathway's commands, told apart by `type` (each is described below with its fields and an example). A command the case's state does not allow is refused with 422, naming the rule and its citation; a stale `expectedVersion` gets 409; either way nothing is written.",
          params: caseIdParams,
          body: commandBody(pathway),
          response: {
            200: commandAnswer,
            400: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const future = futureProblem(services, request.body.occurredAt);
        if (future) return sendProblem(reply, future);
        const outcome = await runCommand(
          services,
          {
            caseId: request.params.id,
            expectedVersion: request.body.expectedVersion,
            command: request.body.command,
            occurredAt: request.body.occurredAt,
          },
          writeOf(request),
        );
        if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
        return { version: outcome.version, events: outcome.events };
      },
    );
  };
}
