import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema, idSchema } from "../core/schemas.ts";
import { portIds } from "../policy/ports.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { ProtectionEventData } from "../protection/events.ts";
import type { ProtectionFacts } from "../protection/state.ts";
import type { EncountersEventData } from "./events.ts";
import { decideFamilyUnit } from "./familyUnit.ts";
import type { EncountersView } from "./state.ts";
import { expulsionBlocked, TITLE_42, title42Basis, title42NotInForce } from "./title42.ts";

const event = eventMaker<EncountersEventData>();
/** A fear claim made at processing is the protection area's FearClaimed (8 CFR 235.3(b)(4)). */
const protectionEvent = eventMaker<ProtectionEventData>();

const language = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code");

/** 8 CFR 208.33(a)(3): the exceptions to the lawful-pathways presumption. */
export const lawfulPathwaysExceptions = [
  "unaccompanied_child",
  "medical_emergency",
  "imminent_threat",
  "trafficking_victim",
  "unable_to_use_cbp_one",
  "denied_protection_in_transit_country",
] as const;

export const encountersCommandSchemas = [
  z
    .object({
      type: z.literal("RecordEncounter"),
      place: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .describe(
          "Where CBP encountered the person, in words: a port of entry or a place between ports (up to 200 characters).",
        ),
      port: z
        .enum(portIds)
        .nullable()
        .describe(
          "The port of entry where the person came, or null when CBP met them between ports. Coming at a port makes the person an arriving alien (8 CFR 1001.1(q)). Required: send null for between ports.",
        ),
      viaAppointment: z
        .boolean()
        .default(false)
        .describe("The person came with a CBP One appointment. False when left out."),
      lawfulPathwaysException: z
        .enum(lawfulPathwaysExceptions)
        .nullable()
        .default(null)
        .describe(
          "The exception to the lawful-pathways presumption that applies to the person (8 CFR 208.33(a)(3)). Null, the default, when none applies.",
        ),
    })
    .meta({
      description:
        "Record that CBP encountered the person, at a port of entry or between ports. While the lawful-pathways rule is in force (8 CFR 208.33, entries from 2023-05-11 to 2025-05-11), its presumption applies unless the person came with an appointment or an exception is given.",
      examples: [
        {
          type: "RecordEncounter",
          place: "San Ysidro port of entry",
          port: "san_ysidro",
          viaAppointment: false,
          lawfulPathwaysException: null,
        },
      ],
    }),
  z
    .object({
      type: z.literal("GrantHumanitarianException"),
      grantedBy: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .describe(
          "Who granted the exception: the officer or the port director, by name or title (up to 200 characters).",
        ),
      grounds: z
        .string()
        .trim()
        .min(1)
        .max(2000)
        .describe(
          "Why the exception was granted, as it goes on the record (up to 2,000 characters).",
        ),
    })
    .meta({
      description:
        "Record an exception to Title 42 on humanitarian grounds: the person may not be expelled under it. Refused when Title 42 is not in force (42 U.S.C. 265, 268; in force 2020-03-21 to 2023-05-11).",
      examples: [
        {
          type: "GrantHumanitarianException",
          grantedBy: "CBP San Ysidro port director",
          grounds:
            "Anti-war protester arrested in Moscow; group at the Tijuana pedestrian crossing admitted case by case",
        },
      ],
    }),
  z
    .object({
      type: z.literal("ExpelUnderTitle42"),
      to: countrySchema
        .default("MX")
        .describe(
          "The country the person is expelled to, ISO 3166-1 alpha-2. Mexico (MX) when left out.",
        ),
    })
    .meta({
      description:
        "Record that CBP expelled the person under Title 42. Refused before an encounter is on the record; when Title 42 is not in force now or was not in force at the encounter; when the person holds a humanitarian exception; and when their nationality is excepted by the policy in force (42 U.S.C. 265, 268).",
      examples: [{ type: "ExpelUnderTitle42", to: "MX" }],
    }),
  z
    .object({
      type: z.literal("ProcessUnderTitle8"),
      pathway: z
        .enum(["expedited_removal", "section_240"])
        .describe(
          "How CBP processes the person: expedited_removal (INA 235(b)(1)), or section_240, a Notice to Appear for removal proceedings before an immigration judge (INA 240).",
        ),
      /** Title 42 in force, but Mexico does not take back this nationality: the officer says so. */
      notAcceptedByMexico: z
        .boolean()
        .default(false)
        .describe(
          "Title 42 is in force, but Mexico does not take back people of this nationality, so the person cannot be expelled there. The officer says so. False when left out.",
        ),
      fearClaimLanguage: language
        .nullable()
        .default(null)
        .describe(
          "When the person says they fear return, the language they speak (an ISO 639 code in lower case, e.g. ru): in expedited removal the officer refers the claim for a credible-fear interview instead of removing them (INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)). Only with expedited_removal. Null, the default, when no fear was claimed.",
        ),
      statementInWriting: z
        .boolean()
        .default(false)
        .describe(
          "With a fear claim: the person also gave their account in writing. False when left out.",
        ),
    })
    .meta({
      description:
        "Record that CBP processes the person under Title 8 (immigration law) after the encounter: expedited removal (with a fear claim referred for a credible-fear interview, when the person claims fear), or a Notice to Appear for section 240 proceedings. Refused before an encounter is on the record (INA 235(a)(3)). While Title 42 is in force (at the encounter and now), refused unless the person holds a humanitarian exception, their nationality is excepted, or Mexico does not accept them (42 U.S.C. 265, 268). A fear claim (fearClaimLanguage) is refused with section_240 (INA 235(b)(1)(A)(ii)).",
      examples: [
        { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
        {
          type: "ProcessUnderTitle8",
          pathway: "expedited_removal",
          notAcceptedByMexico: true,
          fearClaimLanguage: "ru",
          statementInWriting: false,
        },
      ],
    }),
  z
    .object({
      type: z.literal("LinkFamilyUnit"),
      familyUnitId: idSchema.describe(
        "The family unit's id, the same on every member's case (e.g. a UUID). A case belongs to one family unit.",
      ),
      members: z
        .array(z.uuid({ message: "must be a case id (a UUID)" }))
        .min(1)
        .max(19)
        .describe(
          "The cases of the other members of the family unit (their ids, 1 to 19), encountered together with this person.",
        ),
    })
    .meta({
      description:
        "Link the case to the family unit the person was encountered with, so that the members' cases stay linked (CBP TEDS 2015, 1.9, family unity). POST /api/family-units links every member's case at once. Refused before an encounter is on the record, for a case already in another family unit, and when every case named is already linked.",
      examples: [
        {
          type: "LinkFamilyUnit",
          familyUnitId: "0d5f0c8e-4a8b-4f5e-9a41-6f1f3b2c7d10",
          members: ["6b1f2f64-95a2-4d3e-8f9b-2c41d7a3e5b0"],
        },
      ],
    }),
] as const;

export type EncountersCommand = z.infer<(typeof encountersCommandSchemas)[number]>;

/** What the encounter's rules read: its facts, and whether a fear claim is already on record. */
export type View = EncountersView & Pick<ProtectionFacts, "credibleFear">;

function notEncountered(rule: string, citation: string, what: string): Decision {
  return refuse(
    refusal(
      rule,
      citation,
      `No encounter is on the record: CBP ${what} only after recording the encounter.`,
    ),
  );
}

function processUnderTitle8(
  state: View,
  command: Extract<EncountersCommand, { type: "ProcessUnderTitle8" }>,
  context: PolicyContext,
): Decision {
  if (state.entry === null) {
    return notEncountered("encounters.not-encountered", "INA 235(a)(3)", "processes a person");
  }
  const basis = title42Basis(state, context, command.notAcceptedByMexico);
  if (basis === "expel") {
    return refuse(
      refusal(
        "encounters.title42.in-force",
        TITLE_42,
        `Title 42 is in force on ${dayOf(context.now)}: the person is expelled unless excepted (humanitarian exception, excepted nationality, or not accepted by Mexico), so cannot be processed under Title 8.`,
      ),
    );
  }
  const processed = event("ProcessedUnderTitle8", {
    pathway: command.pathway,
    title42Basis: basis,
  });
  if (command.fearClaimLanguage === null) return accept(processed);
  if (command.pathway !== "expedited_removal") {
    return refuse(
      refusal(
        "encounters.fear-referral.not-expedited-removal",
        "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4); INA 240",
        "A fear claim is referred for a credible-fear interview only in expedited removal; in section 240 proceedings the person applies for asylum before the immigration judge.",
        "fearClaimLanguage",
      ),
    );
  }
  // INA 235(b)(1)(A)(ii): the officer refers the claim; one already on record is not made twice.
  if (state.credibleFear !== null) return accept(processed);
  return accept(
    processed,
    protectionEvent("FearClaimed", {
      language: command.fearClaimLanguage,
      statementInWriting: command.statementInWriting,
    }),
  );
}

export function decideEncounters(
  state: View,
  command: EncountersCommand,
  context: PolicyContext,
): Decision {
  switch (command.type) {
    case "RecordEncounter": {
      const presumption =
        context.policy.lawfulPathways.inForce &&
        !command.viaAppointment &&
        command.lawfulPathwaysException === null;
      return accept(
        event("EncounterRecorded", {
          place: command.place,
          port: command.port,
          viaAppointment: command.viaAppointment,
          arrivingAlien: command.port !== null,
          lawfulPathways: {
            presumptionApplies: presumption,
            exception: command.lawfulPathwaysException,
          },
          title42InForce: context.policy.title42.inForce,
        }),
      );
    }
    case "GrantHumanitarianException":
      if (!context.policy.title42.inForce) return title42NotInForce(context);
      return accept(
        event("HumanitarianExceptionGranted", {
          grantedBy: command.grantedBy,
          grounds: command.grounds,
        }),
      );
    case "ExpelUnderTitle42": {
      if (state.entry === null) {
        return notEncountered("encounters.not-encountered", TITLE_42, "expels a person");
      }
      const blocked = expulsionBlocked(state, context);
      if (blocked) return blocked;
      return accept(event("Title42Expelled", { to: command.to }));
    }
    case "ProcessUnderTitle8":
      return processUnderTitle8(state, command, context);
    case "LinkFamilyUnit":
      return decideFamilyUnit(state, command);
  }
}
