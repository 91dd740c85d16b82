import { openCaseIn } from "../cases/openCase.ts";
import { insertPerson } from "../cases/persons.ts";
import { runCommandIn } from "../cases/runCommand.ts";
import { openingCommand } from "../people/decide.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { demoPersons } from "./persons.ts";
import { demoStories } from "./stories/index.ts";

export const DEMO_ACTOR = "system:demo";

/**
 * Loads the demo once: each person's case opened, then their story run through the pipeline as
 * commands, exactly as officers' commands would arrive, each step its own write; then the demo
 * accounts. A database that already has the demo is left as it is.
 */
export async function seedDemo(services: Services): Promise<{ seeded: boolean; cases: number }> {
  const marker = demoPersons[0]?.person.aNumber ?? "";
  const existing = await services.db
    .selectFrom("persons")
    .select("id")
    .where("a_number", "=", marker)
    .executeTakeFirst();
  if (existing) {
    await seedDemoAccounts(services);
    return { seeded: false, cases: 0 };
  }
  for (const demo of demoPersons) {
    const [opening, ...steps] = demoStories[demo.key] ?? [];
    const first = opening?.command;
    if (!opening || first?.type !== "OpenCase") {
      throw new Error(`demo story ${demo.key} must open the case`);
    }
    const open = { actor: opening.actor, action: "case.open" };
    const opened = await inTransaction(services, open, async (unit) => {
      const personId = await insertPerson(unit.trx, demo.person);
      return openCaseIn(unit, services, {
        personId,
        occurredAt: opening.at,
        command: openingCommand(personId, demo.person.nationality, first.arrivedAt ?? null),
      });
    });
    if (!opened.ok) throw new Error(`demo story ${demo.key} did not open: ${opened.kind}`);
    let version = opened.version;
    for (const step of steps) {
      const write = { actor: step.actor, action: "case.command" };
      const outcome = await inTransaction(services, write, (unit) =>
        runCommandIn(unit, services, {
          caseId: opened.id,
          expectedVersion: version,
          command: services.pathway.commandSchema.parse(step.command),
          occurredAt: step.at,
        }),
      );
      if (!outcome.ok) {
        const why = outcome.kind === "refused" ? outcome.refusal.message : outcome.detail;
        throw new Error(`demo story ${demo.key} refused at ${step.command.type}: ${why}`);
      }
      version = outcome.version;
    }
  }
  await seedDemoAccounts(services);
  return { seeded: true, cases: demoPersons.length };
}
