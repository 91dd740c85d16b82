import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { countrySchema } from "../core/schemas.ts";
import { portIds } from "../policy/ports.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { EncountersEventData } from "./events.ts";
import type { EncountersView } from "./state.ts";

const event = eventMaker<EncountersEventData>();

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
        "Record that CBP expelled the person under Title 42. Refused when Title 42 is not in force, when the person holds a humanitarian exception, and when their nationality is excepted by the policy in force (42 U.S.C. 265, 268).",
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
    })
    .meta({
      description:
        "Record that CBP processes the person under Title 8 (immigration law) after the encounter. Refused before an encounter is on the record (INA 235(a)(3)). While Title 42 is in force, refused unless the person holds a humanitarian exception, their nationality is excepted, or Mexico does not accept them (42 U.S.C. 265, 268).",
      examples: [
        { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
      ],
    }),
] as const;

export type EncountersCommand = z.infer<(typeof encountersCommandSchemas)[number]>;

const TITLE_42 = "42 U.S.C. 265, 268";

function title42NotInForce(context: PolicyContext) {
  return refuse(
    refusal(
      "encounters.title42.not-in-force",
      TITLE_42,
      `Title 42 is not in force on ${dayOf(context.now)} (it ran from 2020-03-21 to 2023-05-11 23:59 Eastern).`,
    ),
  );
}

function title42Excepted(state: EncountersView, context: PolicyContext): boolean {
  const nationality = state.person?.nationality ?? "";
  return (
    state.title42.exceptionGranted ||
    context.policy.title42.exceptedNationalities.includes(nationality)
  );
}

function title42Basis(state: EncountersView, context: PolicyContext, notAcceptedByMexico: boolean) {
  if (!context.policy.title42.inForce) return null;
  if (state.title42.exceptionGranted) return "humanitarian_exception" as const;
  if (context.policy.title42.exceptedNationalities.includes(state.person?.nationality ?? "")) {
    return "nationality_excepted" as const;
  }
  return notAcceptedByMexico ? ("not_accepted_by_mexico" as const) : ("expel" as const);
}

export function decideEncounters(
  state: EncountersView,
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
    case "ExpelUnderTitle42":
      if (!context.policy.title42.inForce) return title42NotInForce(context);
      if (title42Excepted(state, context)) {
        return refuse(
          refusal(
            "encounters.title42.excepted",
            `${TITLE_42}; CDC order (exceptions)`,
            state.title42.exceptionGranted
              ? "The person holds a humanitarian exception to Title 42 and may not be expelled under it."
              : `Nationals of ${state.person?.nationality} are excepted from Title 42 by policy in force on ${dayOf(context.now)}.`,
          ),
        );
      }
      return accept(event("Title42Expelled", { to: command.to }));
    case "ProcessUnderTitle8": {
      if (state.entry === null) {
        return refuse(
          refusal(
            "encounters.not-encountered",
            "INA 235(a)(3)",
            "No encounter is on the record: CBP processes a person only after recording the encounter.",
          ),
        );
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
      return accept(
        event("ProcessedUnderTitle8", { pathway: command.pathway, title42Basis: basis }),
      );
    }
  }
}
