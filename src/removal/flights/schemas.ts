/**
 * The removal flights API's schemas: the bodies the routes take and the answers they give. The
 * web's types are inferred from these (web/src/removal/removalFlightsApi.ts), one source for both.
 */
import { z } from "zod";
import { countrySchema, hasControlCharacter } from "../../core/schemas.ts";
import { flightKinds, flightStatuses, manifestStatuses } from "../tables.ts";

/** Text a person types: trimmed, within its length, with no NUL or other control characters. */
function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: "is required" })
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !hasControlCharacter(value), {
      message: "must not contain control characters (such as NUL)",
    });
}

/** An instant with its offset, in a year a flight can depart in (year 0000 is no date). */
const instant = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date and time with its offset" })
  .refine(
    (value) => {
      const year = new Date(value).getUTCFullYear();
      return year >= 2000 && year <= 2100;
    },
    { message: "must be a date between the years 2000 and 2100" },
  );

export const flightKindSchema = z.enum(flightKinds);
export const flightStatusSchema = z.enum(flightStatuses);
export const manifestStatusSchema = z.enum(manifestStatuses);

/** The outcomes an officer records at boarding: removed, or back in detention, or called off. */
export const boardingOutcomes = ["removed", "refused_to_board", "medical", "cancelled"] as const;

export const createFlightBody = z
  .object({
    kind: flightKindSchema.describe("charter: an ICE Air charter; commercial: a scheduled flight."),
    carrier: text(100).describe("Who flies it, e.g. the charter operator or the airline."),
    flightNumber: z
      .string()
      .trim()
      .regex(/^[A-Z0-9]{2,3}[ -]?[0-9]{1,5}[A-Z]?$/, {
        message: "must be a flight number such as IA 1207 or SU101",
      })
      .describe("The flight number, e.g. IA 1207."),
    destination: countrySchema.describe("The country it flies to, ISO 3166-1 alpha-2."),
    departureAirport: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be a three-letter IATA airport code, e.g. AEX" })
      .describe("The airport it leaves from (IATA code)."),
    departsAt: instant.describe("When it departs, ISO 8601 with its offset."),
  })
  .strict();

export const flightListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const flightParams = z.object({
  id: z.uuid({ message: "must be a flight id (a UUID)" }),
});

export const manifestParams = z.object({
  id: z.uuid({ message: "must be a flight id (a UUID)" }),
  caseId: z.uuid({ message: "must be a case id (a UUID)" }),
});

export const addToManifestBody = z
  .object({
    caseReference: z
      .string()
      .trim()
      .regex(/^HVN-\d{4}-\d{6}$/, { message: "must be a case reference such as HVN-2023-000104" })
      .describe("The case of the person to put on the flight, by its reference."),
  })
  .strict();

export const outcomeBody = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("removed") }).strict(),
  z
    .object({
      outcome: z.enum(["refused_to_board", "medical"]),
      detail: text(2000).nullish().describe("What happened, in words (up to 2,000 characters)."),
    })
    .strict(),
  z
    .object({
      outcome: z.literal("cancelled"),
      reason: text(2000).describe("Why the person is taken off the flight."),
    })
    .strict(),
]);

export const cancelFlightBody = z
  .object({ reason: text(2000).describe("Why the flight is cancelled.") })
  .strict();

export const flightSchema = z.object({
  id: z.string(),
  kind: flightKindSchema,
  carrier: z.string(),
  flightNumber: z.string(),
  destination: z.string(),
  departureAirport: z.string(),
  departsAt: z.string(),
  status: flightStatusSchema,
  createdAt: z.string(),
  /** People put on it and not taken off: to board, blocked, or boarded (or tried to). */
  people: z.number().int(),
  /** Of them, those the guard blocked when they were put on it. */
  blocked: z.number().int(),
});

export const flightListSchema = z.object({
  flights: z.array(flightSchema),
  total: z.number().int(),
});

/** Why the due-process guard bars removing the person on this flight. */
export const blockerSchema = z.object({
  rule: z.string(),
  citation: z.string(),
  reason: z.string(),
});

export const manifestEntrySchema = z.object({
  caseId: z.string(),
  reference: z.string(),
  displayName: z.string(),
  nativeName: z.string().nullable(),
  nationality: z.string(),
  /**
   * Where the person stands. `blocked` also for a person put on the flight whom the guard now
   * bars at its departure (a stay, a pause of removals, a case back in court): never dropped.
   */
  status: manifestStatusSchema,
  blocked: blockerSchema.nullable(),
  /** The person's travel document as recorded, and whether it is good for this flight. */
  travelDocument: z
    .object({
      kind: z.enum(["passport", "consular_travel_document"]),
      country: z.string(),
      validUntil: z.string().nullable(),
      validForFlight: z.boolean(),
    })
    .nullable(),
  updatedAt: z.string(),
});

export const flightViewSchema = z.object({
  flight: flightSchema,
  manifest: z.array(manifestEntrySchema),
});

export type CreateFlightBody = z.infer<typeof createFlightBody>;
export type OutcomeBody = z.infer<typeof outcomeBody>;
export type BoardingOutcome = (typeof boardingOutcomes)[number];
export type Flight = z.infer<typeof flightSchema>;
export type FlightList = z.infer<typeof flightListSchema>;
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type FlightView = z.infer<typeof flightViewSchema>;
