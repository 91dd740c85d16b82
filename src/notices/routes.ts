/**
 * A case's notices: the list with each delivery, each notice's PDF, and a clerk's record that a
 * notice's mailing was posted. Whoever may see the case (its staff, the applicant, their
 * attorney) reads its notices; anyone else is answered as for a case that does not exist.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CASE_MISSING } from "../cases/caseMissing.ts";
import type { Role } from "../platform/auth/roles.ts";
import { writeOf } from "../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../platform/http/problem.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { recordMailing } from "./delivery.ts";
import { noticePdfBytes } from "./document.ts";
import {
  mailingAnswerSchema,
  mailingBody,
  noticeListSchema,
  noticeParams,
  noticePdfParams,
} from "./schemas.ts";
import type { NoticeKind } from "./state.ts";
import { findNotice, listNotices } from "./store.ts";

/** Who mails each notice: DHS its Notice to Appear, USCIS its determination, EOIR the rest. */
const mailedBy: Readonly<Record<NoticeKind, readonly Role[]>> = {
  "notice-to-appear": ["cbp_officer", "ice_officer", "asylum_officer"],
  "credible-fear-determination": ["asylum_officer"],
  "hearing-notice": ["court_clerk"],
  "ij-review-decision": ["court_clerk"],
  "ij-decision": ["court_clerk"],
  "bia-decision": ["court_clerk"],
};

const NOTICE_MISSING = {
  ok: false as const,
  kind: "missing" as const,
  code: "notice-not-found",
  detail: "The notice was not found.",
};

export function noticesRoutes(services: Services): FastifyPluginAsyncZod {
  const { db } = services;
  return async (app) => {
    app.get(
      "/api/cases/:id/notices",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "notice.list" },
        },
        schema: {
          tags: ["notices"],
          summary: "A case's notices, newest first, with each channel's delivery",
          params: noticeParams.pick({ id: true }),
          response: { 200: noticeListSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const exists = await db
          .selectFrom("cases")
          .select("id")
          .where("id", "=", request.params.id)
          .executeTakeFirst();
        if (!exists) return sendProblem(reply, failureProblem(CASE_MISSING));
        const notices = await listNotices(db, request.params.id);
        request.auditSubject = {
          type: "case",
          id: request.params.id,
          details: { notices: notices.length },
        };
        return { notices };
      },
    );

    app.get(
      "/api/cases/:id/notices/:file",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "notice.read" },
        },
        schema: {
          tags: ["notices"],
          summary:
            "A notice as its PDF (GET …/notices/<notice id>.pdf): in the person's language, then in English",
          params: noticePdfParams,
          response: {
            200: z.unknown().describe("The notice's PDF (application/pdf)."),
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const noticeId = request.params.file.slice(0, -".pdf".length).toLowerCase();
        const notice = await findNotice(db, request.params.id, noticeId);
        const pdf = notice ? await noticePdfBytes(db, notice.id) : null;
        if (!notice || !pdf) return sendProblem(reply, failureProblem(NOTICE_MISSING));
        request.auditSubject = { type: "notice", id: notice.id, details: { kind: notice.kind } };
        return reply
          .type("application/pdf")
          .header("content-disposition", `inline; filename="${notice.kind}.pdf"`)
          .header("cache-control", "private, no-store")
          .send(Buffer.from(pdf));
      },
    );

    app.post(
      "/api/cases/:id/notices/:noticeId/mailings",
      {
        config: {
          access: { permission: "case.command", relationship: "case" },
          audit: { kind: "write", action: "notice.mailing.record" },
        },
        schema: {
          tags: ["notices"],
          summary: "Record that a notice's mailing to the person's address was posted (INA 239(c))",
          description:
            "The office that serves the notice records the day it posted it: the delivery goes on the case's record (NoticeDelivered), with the address the notice was made for. The immigration court's clerks mail its notices, DHS officers the Notice to Appear, asylum officers the credible-fear determination.",
          params: noticeParams,
          body: mailingBody,
          response: {
            200: mailingAnswerSchema,
            400: problemSchema,
            403: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { id, noticeId } = request.params;
        const notice = await findNotice(db, id, noticeId);
        if (!notice) return sendProblem(reply, failureProblem(NOTICE_MISSING));
        const role = request.account?.role;
        if (!role || !mailedBy[notice.kind].includes(role)) {
          return sendProblem(reply, {
            type: "about:blank",
            title: "Forbidden",
            status: 403,
            detail: "Your role does not mail this notice.",
          });
        }
        const outcome = await recordMailing(
          services,
          writeOf(request),
          id,
          noticeId,
          request.body.postedOn,
        );
        if (!outcome.ok) return sendProblem(reply, failureProblem(outcome));
        return { recorded: outcome.recorded };
      },
    );
  };
}
