import type { StoryStep } from "../../core/pathway/index.ts";
import type { CommandInput } from "../../pathway.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { protectedGrounds } from "../../protection/events.ts";

/** Roles as the stories name their actors. */
export const actors = {
  applicant: "applicant",
  attorney: "attorney",
  ngo: "ngo-screener",
  cbp: "cbp-officer",
  ice: "ice-officer",
  asylumOfficer: "asylum-officer",
  supervisor: "supervisory-asylum-officer",
  judge: "immigration-judge",
  clerk: "court-clerk",
  system: "system:demo",
} as const;

/**
 * The role each story actor works in: every step after a case's opening is checked against the
 * same role table as anyone's (the command's roles, or the flight routes' permission). The
 * system opens each case, as POST /api/cases does, and runs nothing else.
 */
export const actorRoles: Readonly<Record<string, Role>> = {
  [actors.applicant]: "applicant",
  [actors.attorney]: "attorney",
  [actors.ngo]: "ngo_screener",
  [actors.cbp]: "cbp_officer",
  [actors.ice]: "ice_officer",
  [actors.asylumOfficer]: "asylum_officer",
  [actors.supervisor]: "asylum_officer",
  [actors.judge]: "immigration_judge",
  [actors.clerk]: "court_clerk",
};

export const allGrounds = [...protectedGrounds];

/** A negative determination on a fear of mobilization alone (Matter of A-G-). */
export function negativeConscription(officerId: string, interpreterId: string) {
  return {
    type: "DetermineCredibleFear" as const,
    outcome: "negative" as const,
    groundsConsidered: allGrounds,
    groundsFound: [],
    conscription: "conscription_alone" as const,
    writtenReasons:
      "The applicant fears mobilization into the Russian army. Fear of conscription alone is not persecution on a protected ground; no disproportionate punishment on a protected ground or condemned acts were shown.",
    language: "ru",
    interpreterId,
    officerId,
  };
}

/** One step of a story: when, who, and the command they gave (any command of the pathway). */
export function step(at: string, actor: string, command: CommandInput): StoryStep<CommandInput> {
  return { at, actor, command };
}
