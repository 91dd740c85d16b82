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

/** The interview as held, in Russian with an interpreter (8 CFR 208.30(d)(5)). */
export function interviewHeld(heldAt: string, interpreterId: string) {
  return {
    type: "RecordCredibleFearInterview" as const,
    heldAt,
    language: "ru",
    interpreterId,
  };
}

const noGroundClaimed = {
  raceReasons: "Not claimed; nothing in the account suggests it.",
  religionReasons: "Not claimed.",
  nationalityReasons: "Not claimed.",
  particularSocialGroupReasons: "No group was put forward.",
};

/** A negative determination on a fear of mobilization alone (Matter of A-G-). */
export function negativeConscription() {
  return {
    type: "DetermineCredibleFear" as const,
    outcome: "negative" as const,
    ...noGroundClaimed,
    politicalOpinionReasons:
      "He voiced no opinion against the war and was never singled out for one; the call-up reaches all men of his age.",
    harmFeared: "Mobilization into the army, and prosecution for evading it.",
    conscription: "conscription_alone" as const,
    conscriptionReasons:
      "The draft applies to him as to every man of his age; no disproportionate punishment on a protected ground or condemned acts were shown.",
    writtenReasons:
      "The applicant fears mobilization into the Russian army. Fear of conscription alone is not persecution on a protected ground.",
  };
}

/** A positive determination: persecution feared for opposing the war (political opinion). */
export function positivePolitical(
  conscription: "not_raised" | "disproportionate_punishment_on_protected_ground",
) {
  return {
    type: "DetermineCredibleFear" as const,
    outcome: "positive" as const,
    ...noGroundClaimed,
    politicalOpinionNexus: true,
    politicalOpinionReasons:
      "Arrested and detained for protesting the war; the police named the protest when they beat the applicant.",
    harmFeared: "Arrest, beating and prosecution for opposing the war.",
    harmRisesToPersecution: true,
    conscription,
    conscriptionReasons:
      conscription === "not_raised"
        ? ""
        : "Punishment for refusing to serve would be imposed because of political opinion.",
    writtenReasons:
      "Significant possibility of establishing persecution on account of political opinion.",
  };
}

/** One step of a story: when, who, and the command they gave (any command of the pathway). */
export function step(at: string, actor: string, command: CommandInput): StoryStep<CommandInput> {
  return { at, actor, command };
}
