import type { Kysely } from "kysely";
import { openCaseIn } from "../cases/openCase.ts";
import { insertPerson, type NewPerson } from "../cases/persons.ts";
import { haven } from "../pathway.ts";
import { openingCommand } from "../people/decide.ts";
import type { Database } from "../platform/database/schema.ts";
import { buildServices, type ServiceOptions, type Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";

/** The house's services over a test database (no mail is sent unless a mailer is given). */
export function testServices(db: Kysely<Database>, options: ServiceOptions = {}): Services {
  return buildServices(db, haven.house, { outbox: { pollMs: 0 }, ...options });
}

/** Opens a case for a new person through the pipeline, as `POST /api/cases` does. */
export async function openPersonCase(
  services: Services,
  person: NewPerson,
  occurredAt: string,
  actor = "test",
) {
  const opened = await inTransaction(services, { actor, action: "case.open" }, async (unit) => {
    const personId = await insertPerson(unit.trx, person);
    return openCaseIn(unit, services, {
      personId,
      occurredAt,
      command: openingCommand(personId, person.nationality),
    });
  });
  if (!opened.ok) throw new Error(`the case did not open: ${opened.kind}`);
  return opened;
}
