import { demoStories } from "../../core/demo/stories/index.ts";
import type { Services } from "../../platform/services.ts";
import { openCase } from "../openCase.ts";
import { runCaseCommand } from "../runCaseCommand.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { demoPersons } from "./persons.ts";

export const DEMO_ACTOR = "system:demo";

/**
 * Loads the demo once: each person's case opened, then their story run through the process
 * engine as commands, exactly as officers' commands would arrive. A database that already has the
 * demo is left as it is.
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
    if (opening?.command.type !== "OpenCase")
      throw new Error(`demo story ${demo.key} must open the case`);
    const opened = await openCase(
      services,
      { person: demo.person, occurredAt: opening.at, arrivedAt: opening.command.arrivedAt },
      opening.actor,
    );
    let version = opened.version;
    for (const step of steps) {
      const command = services.engine.commandSchema.parse(step.command);
      const outcome = await runCaseCommand(
        services,
        opened.id,
        version,
        command,
        step.actor,
        step.at,
      );
      if (!outcome.ok) {
        throw new Error(
          `demo story ${demo.key} refused at ${step.command.type}: ${outcome.refusal.message}`,
        );
      }
      version = outcome.version;
    }
  }
  await seedDemoAccounts(services);
  return { seeded: true, cases: demoPersons.length };
}
