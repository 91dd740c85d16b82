import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeOf } from "../../platform/http/declare.ts";
import type { Services } from "../../platform/services.ts";
import { conflict, fieldProblem, notFound } from "./answers.ts";
import { inviteStaff } from "./invitations.ts";
import {
  adminAccountView,
  idParams,
  invitationBody,
  postSchema,
  problemSchema,
} from "./schemas.ts";
import { resetSecondFactor } from "./secondFactor.ts";

/** Account administration: invitations, second-factor resets, the list of accounts and posts. */
export function adminRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/admin/accounts",
      {
        config: {
          access: { permission: "admin.accounts" },
          audit: { kind: "read", action: "admin.accounts.list" },
        },
        schema: {
          tags: ["admin"],
          summary:
            "Every staff account, for administration, and how many applicant accounts there are",
          description:
            "Applicants' accounts are counted, never listed: whether a person has an account says they applied (8 CFR 208.6), and administering Haven does not need it.",
          response: {
            200: z.object({
              accounts: z.array(adminAccountView),
              applicantAccounts: z.number().int(),
            }),
          },
        },
      },
      async (request) => {
        const rows = await services.db
          .selectFrom("accounts")
          .selectAll()
          .where("role", "<>", "applicant")
          .orderBy("created_at")
          .execute();
        const applicants = await services.db
          .selectFrom("accounts")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("role", "=", "applicant")
          .executeTakeFirstOrThrow();
        request.auditSubject = { type: "account", id: null, details: { count: rows.length } };
        return {
          applicantAccounts: Number(applicants.n),
          accounts: rows.map((row) => ({
            id: row.id,
            role: row.role,
            email: row.email,
            phone: row.phone,
            displayName: row.display_name,
            post: row.post_kind && row.post_id ? { kind: row.post_kind, id: row.post_id } : null,
            totpEnrolled: row.totp_enrolled_at !== null,
            createdAt: row.created_at.toISOString(),
          })),
        };
      },
    );

    app.get(
      "/api/admin/posts",
      {
        config: {
          access: { permission: "admin.invite" },
          audit: { kind: "none", why: "ports, facilities and courts: no personal data" },
        },
        schema: {
          tags: ["admin"],
          summary: "The posts (ports of entry, detention facilities, courts) staff may be tied to",
          response: { 200: z.object({ posts: z.array(postSchema) }) },
        },
      },
      async () => ({
        posts: await services.db
          .selectFrom("posts")
          .selectAll()
          .orderBy("kind")
          .orderBy("name")
          .execute(),
      }),
    );

    app.post(
      "/api/admin/invitations",
      {
        config: {
          access: { permission: "admin.invite" },
          audit: { kind: "write", action: "admin.invitation.create" },
        },
        schema: {
          tags: ["admin"],
          summary: "Invite a staff member: a single-use link by e-mail, valid 72 hours",
          body: invitationBody,
          response: {
            201: z.object({ id: z.string(), expiresAt: z.string() }),
            400: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const outcome = await inviteStaff(services, request.body, writeOf(request));
        if (outcome.kind === "no-such-post")
          return fieldProblem(reply, "body.post", "is not a known post");
        if (outcome.kind === "has-account") {
          return conflict(reply, "An account with this e-mail address exists.", "body.email");
        }
        return reply
          .status(201)
          .send({ id: outcome.id, expiresAt: outcome.expiresAt.toISOString() });
      },
    );

    app.post(
      "/api/admin/accounts/:id/totp-reset",
      {
        config: {
          access: { permission: "admin.totp-reset" },
          audit: { kind: "write", action: "admin.totp-reset" },
        },
        schema: {
          tags: ["admin"],
          summary: "Reset an account's second factor and end its sessions (audited)",
          params: idParams,
          response: { 204: z.null(), 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const done = await resetSecondFactor(services, request.params.id, request.actor);
        if (!done) return notFound(reply, "The account");
        return reply.status(204).send(null);
      },
    );
  };
}
