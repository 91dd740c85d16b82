import { createHash } from "node:crypto";
import { sql, type Transaction } from "kysely";
import type { CaseEvent } from "../../core/caseLog.ts";
import type { Pathway } from "../../core/pathway/index.ts";
import { readCaseEvents, type StoredCase, saveCase } from "../../platform/caseLog/store.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Services } from "../../platform/services.ts";

// Any fixed number: one process at a time checks and rebuilds the read models.
const REBUILD_LOCK = 208_7;

/**
 * What the case states and clocks are folded by, as data: a change to a region, a transition,
 * a deadline rule or a fact's first value changes it, and the next start folds every case again.
 * (A change to an evolver's code alone does not; raise `stateVersion` for that.)
 */
export function pathwayFingerprint(pathway: Pathway, stateVersion: number): string {
  const shape = {
    stateVersion,
    initial: pathway.projection.initial(),
    events: pathway.eventTypes,
    regions: pathway.regions.map((region) => [region.name, region.values, region.transitions]),
    deadlines: pathway.deadlineRules,
  };
  return createHash("sha256").update(JSON.stringify(shape)).digest("hex").slice(0, 16);
}

/** Raise when an evolver's meaning changes: every case's state is then folded again. */
export const STATE_VERSION = 2;

function versions(services: Services): Map<string, string> {
  return new Map([
    ["case-state", pathwayFingerprint(services.pathway, STATE_VERSION)],
    ...services.projections.map((p) => [p.name, String(p.version)] as [string, string]),
  ]);
}

async function rebuildIn(trx: Transaction<Database>, services: Services): Promise<number> {
  for (const projection of services.projections) await projection.clear(trx);
  const now = services.clock();
  const cases = await trx
    .selectFrom("cases")
    .select(["id", "reference", "person_id"])
    .orderBy("id")
    .execute();
  for (const row of cases) {
    const events: CaseEvent[] = await readCaseEvents(trx, row.id);
    const { state, clocks } = services.pathway.replay(events);
    const stored: StoredCase = {
      id: row.id,
      reference: row.reference,
      personId: row.person_id,
      version: events.length,
      state,
      clocks,
    };
    await saveCase(trx, stored, null);
    if (events.length === 0) continue;
    for (const projection of services.projections) {
      await projection.update(trx, { case: stored, events }, services.pathway);
    }
  }
  for (const [name, version] of versions(services)) {
    await trx
      .insertInto("projection_versions")
      .values({ name, version, rebuilt_at: now })
      .onConflict((oc) => oc.column("name").doUpdateSet({ version, rebuilt_at: now }))
      .execute();
  }
  return cases.length;
}

/**
 * Folds every case's log again: its state and clocks, and every read model, in one transaction
 * (readers see the old rows until it commits). Returns how many cases it folded.
 */
export async function rebuildProjections(services: Services): Promise<number> {
  return services.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REBUILD_LOCK})`.execute(trx);
    return rebuildIn(trx, services);
  });
}

/**
 * At start-up: rebuilds when a read model's version or the pathway's fingerprint differs from
 * what the database was built at (a new deployment, or a database from before the read model).
 */
export async function ensureProjections(services: Services): Promise<number | null> {
  return services.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REBUILD_LOCK})`.execute(trx);
    const stored = await trx.selectFrom("projection_versions").selectAll().execute();
    const built = new Map(stored.map((row) => [row.name, row.version]));
    const stale = [...versions(services)].some(([name, version]) => built.get(name) !== version);
    return stale ? rebuildIn(trx, services) : null;
  });
}
