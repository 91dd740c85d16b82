/** The detainee locator's request and answer, shared with the web app's types. */
import { z } from "zod";
import { countrySchema } from "../../core/schemas.ts";

// Control characters (NUL among them) have no place in a name; PostgreSQL refuses NUL in text.
const NO_CONTROL = /^[^\p{Cc}]*$/u;

const personName = z
  .string()
  .trim()
  .min(1, { message: "is required" })
  .max(200, { message: "must be at most 200 characters" })
  .regex(NO_CONTROL, { message: "must not contain control characters" })
  .regex(/\p{L}/u, { message: "must contain a letter" });

const NAME_FIELDS = ["familyName", "givenName", "dateOfBirth"] as const;

/** An A-number as typed: 8 or 9 digits, an "A" in front and dashes or spaces allowed. */
function isANumber(typed: string): boolean {
  const digits = typed.replace(/\D/g, "").length;
  return /^[Aa]?[-\s\d]+$/.test(typed) && (digits === 8 || digits === 9);
}

/** The A-number's nine digits (an eight-digit one is written with a leading zero). */
export function aNumberDigits(typed: string): string {
  return typed.replace(/\D/g, "").padStart(9, "0");
}

export const locatorSearchBody = z
  .object({
    aNumber: z
      .string()
      .trim()
      .max(20, { message: "must be at most 20 characters" })
      .refine(isANumber, { message: "must be an A-number: 8 or 9 digits, e.g. A-012-345-678" })
      .optional()
      .describe(
        "Search by A-number (alien registration number), 8 or 9 digits; an A and dashes may be typed.",
      ),
    countryOfBirth: countrySchema.describe(
      "The person's country of birth (ISO 3166-1 alpha-2), with either search. Required.",
    ),
    familyName: personName
      .optional()
      .describe("Search by name: the family name, in Latin letters or the person's own script."),
    givenName: personName
      .optional()
      .describe("Search by name: the given name, in Latin letters or the person's own script."),
    dateOfBirth: z.iso
      .date({ message: "must be a date (YYYY-MM-DD)" })
      .refine((day) => day >= "1900-01-01", { message: "must be a date from 1900 on" })
      .optional()
      .describe("Search by name: the date of birth (YYYY-MM-DD)."),
  })
  .strict()
  .superRefine((body, context) => {
    const byNumber = body.aNumber !== undefined;
    for (const field of NAME_FIELDS) {
      if (byNumber && body[field] !== undefined) {
        context.addIssue({
          code: "custom",
          path: [field],
          message: "leave this out when searching by A-number",
        });
      }
      if (!byNumber && body[field] === undefined) {
        context.addIssue({
          code: "custom",
          path: [field],
          message: "is required to search by name (or search by aNumber)",
        });
      }
    }
  })
  .meta({
    description:
      "Either { aNumber, countryOfBirth } or { familyName, givenName, countryOfBirth, dateOfBirth }.",
    examples: [
      { aNumber: "A-000-000-105", countryOfBirth: "RU" },
      {
        familyName: "Sergeyev",
        givenName: "Dmitri",
        countryOfBirth: "RU",
        dateOfBirth: "1995-01-21",
      },
    ],
  });
export type LocatorSearchBody = z.input<typeof locatorSearchBody>;

const facilityAnswer = z
  .object({
    name: z.string(),
    address: z.object({
      street: z.string(),
      city: z.string(),
      state: z.string(),
      postalCode: z.string(),
    }),
    phone: z.string().describe("The facility's main line, as it publishes it."),
    visiting: z.string().describe("Visiting information, as the facility gives it (English)."),
    timeZone: z.string().describe("The facility's IANA time zone (its visiting hours are local)."),
  })
  .strict();

export const locatorAnswer = z.union([
  z.object({ found: z.literal(true), facility: facilityAnswer }).strict(),
  z
    .object({ found: z.literal(false) })
    .strict()
    .describe(
      "No detained adult matched. The same answer for no match, a person not detained, and a minor.",
    ),
]);
export type LocatorAnswerBody = z.infer<typeof locatorAnswer>;
