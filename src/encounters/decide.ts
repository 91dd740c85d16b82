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
  z.object({
    type: z.literal("RecordEncounter"),
    place: z.string().trim().min(1).max(200),
    port: z.enum(portIds).nullable(),
    viaAppointment: z.boolean().default(false),
    lawfulPathwaysException: z.enum(lawfulPathwaysExceptions).nullable().default(null),
  }),
  z.object({
    type: z.literal("GrantHumanitarianException"),
    grantedBy: z.string().trim().min(1).max(200),
    grounds: z.string().trim().min(1).max(2000),
  }),
  z.object({ type: z.literal("ExpelUnderTitle42"), to: countrySchema.default("MX") }),
  z.object({
    type: z.literal("ProcessUnderTitle8"),
    pathway: z.enum(["expedited_removal", "section_240"]),
    /** Title 42 in force, but Mexico does not take back this nationality: the officer says so. */
    notAcceptedByMexico: z.boolean().default(false),
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
