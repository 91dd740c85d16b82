/**
 * Humanitarian exceptions in the Title 42 period: an NGO screener refers a vulnerable person; a
 * CBP officer grants or refuses, with the reason, on the record. A grant runs the engine's
 * GrantHumanitarianException on the person's case (opened if they have none); the engine refuses
 * it outside the Title 42 period, and then nothing is written. No fee anywhere.
 */
import type { Kysely } from "kysely";
import { insertPerson } from "../../cases/persons.ts";
import { runCommandIn } from "../../cases/runCommand.ts";
import type { SessionAccount } from "../../platform/auth/sessions.ts";
import type { Database } from "../../platform/database/schema.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { caseOfPerson } from "../checkIn/checkIn.ts";
import type { PersonInput } from "../registrations/schemas.ts";
import { displayName } from "../registrations/writeBatch.ts";

export const referralCategories = [
  "women_with_small_children",
  "serious_illness",
  "lgbt",
  "disability",
  "pregnancy",
  "elderly",
  "other",
] as const;

export function createReferral(
  services: Services,
  screener: SessionAccount,
  write: Write,
  input: { person: PersonInput; category: string; note?: string | null },
): Promise<{ ok: true; id: string }> {
  const now = services.clock();
  return inTransaction(services, write, async ({ trx, audit }) => {
    const personId = await insertPerson(trx, input.person);
    await trx
      .insertInto("referrals")
      .values({ screener_account_id: screener.id, person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const row = await trx
      .insertInto("humanitarian_referrals")
      .values({
        screener_account_id: screener.id,
        person_id: personId,
        category: input.category,
        note: input.note ?? null,
        status: "pending",
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    audit({ type: "referral", id: row.id, details: { category: input.category } });
    return { ok: true, id: row.id };
  });
}

/** The screener's own referrals, or (for CBP) all pending ones; queue position among pending. */
export async function listReferrals(db: Kysely<Database>, account: SessionAccount) {
  let query = db
    .selectFrom("humanitarian_referrals as r")
    .innerJoin("persons as p", "p.id", "r.person_id")
    .select([
      "r.id",
      "r.category",
      "r.note",
      "r.status",
      "r.created_at",
      "r.decided_at",
      "r.decided_by_name",
      "r.decision_reason",
      "r.case_id",
      "p.given_name",
      "p.family_name",
    ])
    .orderBy("r.created_at")
    .orderBy("r.id");
  query =
    account.role === "ngo_screener"
      ? query.where("r.screener_account_id", "=", account.id)
      : query.where("r.status", "=", "pending");
  const rows = await query.execute();
  const pending = await db
    .selectFrom("humanitarian_referrals")
    .select(["id"])
    .where("status", "=", "pending")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const position = new Map(pending.map((row, at) => [row.id, at + 1]));
  return rows.map((row) => ({
    id: row.id,
    person: {
      displayName: displayName({ givenName: row.given_name, familyName: row.family_name }),
    },
    category: row.category,
    note: row.note,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    caseId: row.case_id,
    decision: row.decided_at
      ? {
          decidedAt: row.decided_at.toISOString(),
          decidedBy: row.decided_by_name ?? "CBP officer",
          reason: row.decision_reason ?? "",
        }
      : null,
    position: position.get(row.id) ?? null,
  }));
}

export type DecisionOutcome =
  | { ok: true; status: "granted" | "refused"; caseId: string | null }
  | Failure;

export function decideReferral(
  services: Services,
  officer: SessionAccount,
  write: Write,
  id: string,
  decision: "granted" | "refused",
  reason: string,
): Promise<DecisionOutcome> {
  const now = services.clock();
  const at = now.toISOString();
  const officerName = officer.displayName ?? "CBP officer";
  return inTransaction(services, write, async (unit): Promise<DecisionOutcome> => {
    const { trx } = unit;
    const referral = await trx
      .selectFrom("humanitarian_referrals as r")
      .innerJoin("persons as p", "p.id", "r.person_id")
      .select(["r.id", "r.status", "r.person_id", "p.nationality"])
      .where("r.id", "=", id)
      .forUpdate("r")
      .executeTakeFirst();
    if (!referral) return { ok: false, kind: "missing", detail: "The referral was not found." };
    if (referral.status !== "pending") {
      return { ok: false, kind: "conflict", detail: `The referral is already ${referral.status}.` };
    }
    let caseId: string | null = null;
    if (decision === "granted") {
      const opened = await caseOfPerson(
        unit,
        services,
        { id: referral.person_id, nationality: referral.nationality },
        at,
      );
      if (!opened.ok) return opened;
      const outcome = await runCommandIn(unit, services, {
        caseId: opened.id,
        expectedVersion: opened.version,
        command: services.pathway.commandSchema.parse({
          type: "GrantHumanitarianException",
          grantedBy: officerName,
          grounds: reason,
        }),
        occurredAt: at,
      });
      if (!outcome.ok) return outcome;
      caseId = opened.id;
    }
    await trx
      .updateTable("humanitarian_referrals")
      .set({
        status: decision,
        decided_at: now,
        decided_by: write.actor,
        decided_by_name: officerName,
        decision_reason: reason,
        case_id: caseId,
      })
      .where("id", "=", id)
      .execute();
    unit.audit({ type: "referral", id, details: { decision, caseId } });
    return { ok: true, status: decision, caseId };
  });
}
