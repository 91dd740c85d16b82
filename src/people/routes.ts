import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { openCaseIn } from "../cases/openCase.ts";
import { insertPerson } from "../cases/persons.ts";
import { futureProblem } from "../cases/routes.ts";
import { writeOf } from "../platform/http/declare.ts";
import { failureProblem, sendProblem } from "../platform/http/problem.ts";
import { problemSchema } from "../platform/http/schemas.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";
import { linkOpenedCase } from "./accounts/links.ts";
import { openingCommand } from "./decide.ts";
import { openCaseBody, openedAnswer } from "./schemas.ts";

/** Opening a person's case: by CBP, an applicant for themselves or family, an NGO screener. */
export function peopleRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
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
          response: { 201: openedAnswer, 400: problemSchema, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const future = futureProblem(services, request.body.occurredAt);
        if (future) return sendProblem(reply, future);
        const { person, occurredAt, arrivedAt } = request.body;
        const opened = await inTransaction(services, writeOf(request), async (unit) => {
          const personId = await insertPerson(unit.trx, person);
          const outcome = await openCaseIn(unit, services, {
            personId,
            occurredAt,
            command: openingCommand(personId, person.nationality, arrivedAt ?? null),
          });
          if (outcome.ok) {
            await linkOpenedCase(unit, request.account, { caseId: outcome.id, personId });
          }
          return outcome;
        });
        if (!opened.ok) return sendProblem(reply, failureProblem(opened));
        return reply
          .status(201)
          .send({ id: opened.id, reference: opened.reference, version: opened.version });
      },
    );
  };
}
