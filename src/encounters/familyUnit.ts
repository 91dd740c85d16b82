/**
 * Linking the cases of a family unit CBP encountered together (CBP TEDS 2015, 1.9: family unity
 * is maintained to the greatest extent operationally feasible). Pure.
 */
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import type { EncountersCommand, View } from "./decide.ts";
import type { EncountersEventData } from "./events.ts";

const event = eventMaker<EncountersEventData>();

/** CBP TEDS (2015) 1.9: CBP maintains family unity to the greatest extent operationally feasible. */
export const FAMILY_UNITY = "CBP TEDS (2015) 1.9";

export function decideFamilyUnit(
  state: View,
  command: Extract<EncountersCommand, { type: "LinkFamilyUnit" }>,
): Decision {
  if (state.entry === null) {
    return refuse(
      refusal(
        "encounters.family-unit.not-encountered",
        FAMILY_UNITY,
        "No encounter is on the record: CBP links a person to the family unit they were encountered with only after recording the encounter.",
      ),
    );
  }
  const unit = state.familyUnit;
  if (unit && unit.id !== command.familyUnitId) {
    return refuse(
      refusal(
        "encounters.family-unit.other-unit",
        FAMILY_UNITY,
        `The case is already linked to family unit ${unit.id}: a case belongs to one family unit.`,
        "familyUnitId",
      ),
    );
  }
  const members = [...new Set(command.members)];
  if (unit && members.every((member) => unit.members.includes(member))) {
    return refuse(
      refusal(
        "encounters.family-unit.already-linked",
        FAMILY_UNITY,
        `Every case named is already linked to this one in family unit ${unit.id}.`,
        "members",
      ),
    );
  }
  return accept(event("FamilyUnitLinked", { familyUnitId: command.familyUnitId, members }));
}
