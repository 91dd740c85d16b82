import { nativeName } from "../cases/persons.ts";
import { visibleCases } from "../platform/auth/caseAccess.ts";
import type { SessionAccount } from "../platform/auth/sessions.ts";
import type { Services } from "../platform/services.ts";
import type { FamilyUnitView } from "./routes.ts";
import type { EncountersFacts } from "./state.ts";

/**
 * A case's family unit as its reader sees it: the unit's id and the members' cases, each one the
 * reader may see (another member's case is left out, not named, for a reader who may not).
 */
export async function readFamilyUnit(
  services: Services,
  caseId: string,
  account: Pick<SessionAccount, "id" | "role">,
): Promise<FamilyUnitView | null> {
  const row = await services.db
    .selectFrom("cases")
    .select("state")
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) return null;
  const unit = (row.state as Partial<EncountersFacts>).familyUnit ?? null;
  if (!unit || unit.members.length === 0) return { familyUnitId: unit?.id ?? null, members: [] };
  let query = services.db
    .selectFrom("cases")
    .innerJoin("persons", "persons.id", "cases.person_id")
    .select([
      "cases.id",
      "cases.reference",
      "persons.given_name",
      "persons.family_name",
      "persons.native_given_name",
      "persons.native_family_name",
      "persons.nationality",
    ])
    .where("cases.id", "in", unit.members);
  const visible = visibleCases(account);
  if (visible) query = query.where(visible);
  const members = await query.orderBy("cases.reference").execute();
  return {
    familyUnitId: unit.id,
    members: members.map((member) => ({
      id: member.id,
      reference: member.reference,
      displayName: `${member.given_name} ${member.family_name}`,
      nativeName: nativeName(member),
      nationality: member.nationality,
    })),
  };
}
