import type { Services } from "../../platform/services.ts";
import { openCase } from "../openCase.ts";
import { demoPersons } from "./persons.ts";

export const DEMO_ACTOR = "system:demo";

/** Loads the demo stories once; a database that already has them is left as it is. */
export async function seedDemo(services: Services): Promise<{ seeded: boolean; cases: number }> {
  const marker = demoPersons[0]?.person.aNumber ?? "";
  const existing = await services.db
    .selectFrom("persons")
    .select("id")
    .where("a_number", "=", marker)
    .executeTakeFirst();
  if (existing) return { seeded: false, cases: 0 };
  for (const demo of demoPersons) {
    await openCase(services, { person: demo.person, occurredAt: demo.openedAt }, DEMO_ACTOR);
  }
  return { seeded: true, cases: demoPersons.length };
}
