import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { visibleCases } from "../platform/auth/caseAccess.ts";
import { invalidRequest, sendProblem } from "../platform/http/problem.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { searchAnswerSchema, searchQuery, worklistQuery, worklistSchema } from "./schemas.ts";
import { searchCases } from "./search.ts";
import { decodeCursor, worklistPage } from "./worklist.ts";

/** Staff's workspace: the worklist of what they must do next, and case search. */
export function workspaceRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.get(
      "/api/worklist",
      {
        config: {
          access: { permission: "case.list" },
          audit: { kind: "read", action: "worklist.read" },
        },
        schema: {
          tags: ["workspace"],
          summary:
            "What your role must do next, what is due first first, at your post or everywhere",
          querystring: worklistQuery,
          response: { 200: worklistSchema, 400: problemSchema },
        },
      },
      async (request, reply) => {
        const { scope, after, limit } = request.query;
        const cursor = after === undefined ? null : decodeCursor(after);
        if (after !== undefined && !cursor) {
          return sendProblem(
            reply,
            invalidRequest([
              { field: "query.after", message: "must be a cursor from a previous page" },
            ]),
          );
        }
        const page = await worklistPage(db, request.account!, scope, limit, cursor);
        request.auditSubject = {
          type: "worklist",
          id: null,
          details: { scope: page.scope, count: page.items.length },
        };
        return page;
      },
    );

    app.get(
      "/api/search",
      {
        config: {
          access: { permission: "case.list" },
          audit: { kind: "read", action: "case.search" },
        },
        schema: {
          tags: ["workspace"],
          summary: "Find cases by a name in either script, an A-number or a case reference",
          querystring: searchQuery,
          response: { 200: searchAnswerSchema, 400: problemSchema },
        },
      },
      async (request) => {
        const { q, offset, limit } = request.query;
        const answer = await searchCases(db, q, visibleCases(request.account!), offset, limit);
        // The words searched for are names or A-numbers: the audit keeps only how and how many.
        request.auditSubject = {
          type: "case",
          id: null,
          details: { by: answer.by, count: answer.cases.length },
        };
        return answer;
      },
    );
  };
}
