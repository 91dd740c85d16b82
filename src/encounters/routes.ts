import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CASE_MISSING } from "../cases/caseMissing.ts";
import { futureProblem } from "../cases/routes.ts";
import { canSeeCase } from "../platform/auth/caseAccess.ts";
import { writeOf } from "../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../platform/http/problem.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { readFamilyUnit } from "./familyUnitRead.ts";
import { linkFamilyUnit } from "./linkFamilyUnit.ts";

const caseId = z.uuid({ message: "must be a case id (a UUID)" });

export const familyUnitBody = z.object({
  cases: z
    .array(
      z.object({
        caseId: caseId.describe("A member's case."),
        expectedVersion: z
          .number()
          .int()
          .min(0)
          .describe("The case's version as you last read it; a case that changed since is a 409."),
      }),
    )
    .min(2)
    .max(20)
    .refine((cases) => new Set(cases.map((entry) => entry.caseId)).size === cases.length, {
      message: "must name each case once",
    })
    .describe("Every member's case of the family unit, each once (2 to 20)."),
  occurredAt: z.iso
    .datetime({ offset: true, message: "must be an ISO 8601 date and time" })
    .optional()
    .describe("When the unit was linked, if not now; never in the future."),
});

export const familyUnitAnswer = z.object({
  familyUnitId: z.string(),
  cases: z.array(
    z.object({
      caseId: z.string(),
      reference: z.string(),
      version: z.number().int(),
      members: z.array(z.string()).describe("The other members' cases, linked to this one."),
    }),
  ),
});

export type FamilyUnitAnswer = z.infer<typeof familyUnitAnswer>;

export const familyUnitView = z.object({
  familyUnitId: z.string().nullable().describe("The case's family unit, or null when it has none."),
  members: z
    .array(
      z.object({
        id: z.string(),
        reference: z.string(),
        displayName: z.string(),
        nativeName: z.string().nullable(),
        nationality: z.string(),
      }),
    )
    .describe("The other members' cases that the reader may see."),
});

export type FamilyUnitView = z.infer<typeof familyUnitView>;

/** The encounter's routes: linking the cases of a family unit encountered together. */
export function encountersRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/cases/:id/family-unit",
      {
        config: {
          access: { permission: "case.read", relationship: "case" },
          audit: { kind: "read", action: "family-unit.read" },
        },
        schema: {
          tags: ["cases"],
          summary: "The family unit a case is linked to, and the members' cases you may see",
          params: z.object({ id: caseId }),
          response: { 200: familyUnitView, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const unit = await readFamilyUnit(services, request.params.id, request.account!);
        if (!unit) {
          return sendProblem(reply, failureProblem(CASE_MISSING));
        }
        request.auditSubject = { type: "case", id: request.params.id };
        return unit;
      },
    );

    app.post(
      "/api/family-units",
      {
        config: {
          access: { permission: "family-unit.link" },
          audit: { kind: "write", action: "family-unit.link" },
        },
        schema: {
          tags: ["cases"],
          summary: "Link the cases of a family unit CBP encountered together",
          description:
            "Runs LinkFamilyUnit on every member's case, each naming the others, in one transaction: every case is linked, or none (CBP TEDS 2015, 1.9, family unity). A unit already on one of the cases is kept, and every one of its members must be named. A case's refusal is a 422 naming the rule and the case; a stale `expectedVersion` a 409.",
          body: familyUnitBody,
          response: {
            200: familyUnitAnswer,
            400: problemSchema,
            403: problemSchema,
            404: problemSchema,
            409: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const future = futureProblem(services, request.body.occurredAt);
        if (future) return sendProblem(reply, future);
        for (const entry of request.body.cases) {
          // A case the officer may not see is answered as one that does not exist.
          if (!(await canSeeCase(services.db, request.account!, entry.caseId))) {
            return sendProblem(reply, failureProblem(CASE_MISSING));
          }
        }
        const outcome = await linkFamilyUnit(services, request.body, writeOf(request));
        if (outcome.ok) return { familyUnitId: outcome.familyUnitId, cases: outcome.cases };
        const problem = failureProblem(outcome);
        return sendProblem(
          reply,
          outcome.caseId && outcome.kind !== "missing"
            ? { ...problem, detail: `Case ${outcome.caseId}: ${problem.detail}` }
            : problem,
        );
      },
    );
  };
}
