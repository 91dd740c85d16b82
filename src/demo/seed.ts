import { openCaseIn } from "../cases/openCase.ts";
import { insertPerson } from "../cases/persons.ts";
import { runCommandIn } from "../cases/runCommand.ts";
import type { StoryStep } from "../core/pathway/index.ts";
import { linkFamilyUnit } from "../encounters/linkFamilyUnit.ts";
import type { CommandInput } from "../pathway.ts";
import { openingCommand } from "../people/decide.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";
import { createFlight } from "../removal/flights/flights.ts";
import { addToManifest, recordOutcome } from "../removal/flights/manifest.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { seedDemoDocket } from "./docket.ts";
import { demoPersons } from "./persons.ts";
import { familyUnits } from "./stories/family.ts";
import { demoFlights } from "./stories/flights.ts";
import { demoStories } from "./stories/index.ts";
import { isFlightStep, storyStepProblem } from "./storyRoles.ts";

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
  await seedDemoDocket(services);
  for (const flight of Object.values(demoFlights)) {
    await createFlight(services, { actor: DEMO_ACTOR, action: "removal.flight.create" }, flight);
  }
  const caseOf = new Map<string, string>();
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
    caseOf.set(demo.key, opened.id);
    let version = opened.version;
    let flightId: string | null = null;
    for (const step of steps) {
      const problem = storyStepProblem(services.pathway, step);
      if (problem) throw new Error(`demo story ${demo.key} at ${step.at}: ${problem}`);
      if (isFlightStep(step)) {
        flightId = await runFlightStep(services, demo.key, opened.id, flightId, step);
        version = await caseVersion(services, opened.id);
        continue;
      }
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
  for (const unit of familyUnits) {
    const cases = await Promise.all(
      unit.members.map(async (key) => {
        const caseId = caseOf.get(key) ?? "";
        return { caseId, expectedVersion: await caseVersion(services, caseId) };
      }),
    );
    const linked = await linkFamilyUnit(
      services,
      { cases, occurredAt: unit.at },
      { actor: unit.actor, action: "family-unit.link" },
    );
    if (!linked.ok) throw new Error(`demo family unit ${unit.members.join(", ")}: ${linked.kind}`);
  }
  await seedDemoAccounts(services);
  return { seeded: true, cases: demoPersons.length };
}

async function caseVersion(services: Services, caseId: string): Promise<number> {
  const row = await services.db
    .selectFrom("cases")
    .select("version")
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  return row.version;
}

/**
 * A flight step of a story, as an ICE officer gives it: through the flight's manifest, which
 * takes the flight's data from its record (the story's copy must agree). Returns the flight the
 * person is on afterwards.
 */
async function runFlightStep(
  services: Services,
  key: string,
  caseId: string,
  onFlight: string | null,
  step: StoryStep<CommandInput>,
): Promise<string | null> {
  const command = step.command;
  const fail = (why: string) => new Error(`demo story ${key} refused at ${command.type}: ${why}`);
  if (command.type === "ScheduleRemoval" || command.type === "RescheduleRemoval") {
    const flight = Object.values(demoFlights).find(
      (candidate) => candidate.id === command.flightId,
    );
    if (flight?.destination !== command.destination || flight.departsAt !== command.departsAt) {
      throw fail("the story's flight is not a demo flight as recorded");
    }
    const write = { actor: step.actor, action: "removal.manifest.add" };
    const added = await addToManifest(services, write, {
      flightId: flight.id,
      caseId,
      occurredAt: step.at,
    });
    if (!added.ok) throw fail(added.kind === "refused" ? added.refusal.message : added.detail);
    if (added.status !== "on_manifest") throw fail(`the person is ${added.status}`);
    return flight.id;
  }
  if (!onFlight) throw fail("the person is on no flight");
  const outcome =
    command.type === "ExecuteRemoval"
      ? { outcome: "removed" as const }
      : command.type === "CancelRemoval"
        ? { outcome: "cancelled" as const, reason: command.reason }
        : command.type === "RecordFailedRemovalAttempt" && command.reason !== "other"
          ? { outcome: command.reason, detail: command.detail ?? null }
          : null;
  if (!outcome) throw fail("no boarding outcome says this");
  const write = { actor: step.actor, action: "removal.manifest.outcome" };
  const recorded = await recordOutcome(services, write, {
    flightId: onFlight,
    caseId,
    ...outcome,
    occurredAt: step.at,
  });
  if (!recorded.ok) {
    throw fail(recorded.kind === "refused" ? recorded.refusal.message : recorded.detail);
  }
  return null;
}
