import { z } from "zod";
import { nameProblem, nameProblemMessages } from "../../core/names.ts";
import { daySchema, hasControlCharacter } from "../../core/schemas.ts";
import { portIds } from "../../policy/ports.ts";
import { decodeCursor } from "./heldCursor.ts";

export const HELD_PAGE_DEFAULT = 25;
export const HELD_PAGE_MAX = 100;

/** A name as the passport (Latin letters) or the person's own script writes it (core/names.ts). */
const name = (script: "latin" | "any") =>
  z
    .string()
    .trim()
    .min(1, { message: "is required" })
    .superRefine((value, context) => {
      const problem = value.length > 0 ? nameProblem(value, script) : null;
      if (problem) context.addIssue({ code: "custom", message: nameProblemMessages[problem] });
    });

/** A person travelling: names in Latin and native script, date of birth, nationality, languages. */
export const personSchema = z.object({
  givenName: name("latin"),
  familyName: name("latin"),
  nativeGivenName: name("any").nullish(),
  nativeFamilyName: name("any").nullish(),
  dateOfBirth: daySchema,
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 country code, e.g. RU" }),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { message: "must be an ISO 639 language code" }))
    .max(10)
    .default([]),
});
export type PersonInput = z.infer<typeof personSchema>;

/** Text a person types: trimmed, 1–2000 characters, no NUL or other control characters. */
function typedText(missing: string) {
  return z
    .string({ message: missing })
    .trim()
    .min(1, { message: missing })
    .max(2000, { message: "must be at most 2000 characters" })
    .refine((value) => !hasControlCharacter(value), {
      message: "must not contain control characters (such as NUL)",
    });
}

export const appointmentLanguages = ["en", "es", "ru", "uk", "ht", "pt"] as const;
export const portSchema = z.enum(portIds, { message: `must be one of ${portIds.join(", ")}` });

export const registrationBody = z
  .object({
    principal: personSchema,
    members: z.array(personSchema).max(7, { message: "at most 7 family members" }).default([]),
    contact: z
      .object({
        email: z.email({ message: "must be an e-mail address" }).max(254).optional(),
        phone: z
          .string()
          .regex(/^\+[1-9][0-9]{6,14}$/, {
            message: "must be a phone number in E.164, e.g. +5215512345678",
          })
          .optional(),
      })
      .default({}),
    language: z.enum(appointmentLanguages),
    preferredPorts: z
      .array(portSchema)
      .min(1, { message: "choose at least one port of entry" })
      .max(3, { message: "choose at most 3 ports of entry" })
      .refine((ports) => new Set(ports).size === ports.length, {
        message: "a port is listed twice",
      }),
    requestCurrentWindow: z.boolean().default(false),
  })
  .strict();
export type RegistrationInput = z.infer<typeof registrationBody>;

export const problemWithCode = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose();

export const registeredAnswer = z.object({
  id: z.string(),
  status: z.literal("active"),
  people: z.array(z.object({ personId: z.string(), displayName: z.string() })),
  request: z.object({ windowDate: z.string() }).nullable(),
});

export const appointmentView = z.object({
  code: z.string(),
  port: z.string(),
  portName: z.string(),
  date: z.string(),
  time: z.string(),
  status: z.enum(["confirmed", "checked_in", "no_show"]),
});

export const myRegistrations = z.object({
  registrations: z.array(
    z.object({
      id: z.string(),
      status: z.enum(["active", "refused"]),
      /** An officer's refusal, with the reason the applicant is told; null otherwise. */
      review: z
        .object({ decision: z.literal("refused"), reason: z.string(), decidedAt: z.string() })
        .nullable(),
      people: z.array(z.object({ personId: z.string(), displayName: z.string() })),
      preferredPorts: z.array(z.string()),
      language: z.string(),
      createdAt: z.string(),
      requests: z.array(
        z.object({
          windowDate: z.string(),
          requestId: z.string(),
          status: z.enum(["pending", "allocated", "not_drawn"]),
        }),
      ),
      appointment: appointmentView.nullable(),
    }),
  ),
});

export const registrationParams = z.object({
  id: z.uuid({ message: "must be a registration id (a UUID)" }),
});

const heldPerson = z.object({
  givenName: z.string(),
  familyName: z.string(),
  nativeName: z.string().nullable(),
  dateOfBirth: z.string(),
  nationality: z.string(),
});

/** Held registrations listed a page at a time: `limit` (1–100, 25 by default) after `after`. */
export const heldQuery = z
  .object({
    limit: z.coerce
      .number({ message: "must be a whole number from 1 to 100" })
      .int({ message: "must be a whole number from 1 to 100" })
      .min(1, { message: "must be a whole number from 1 to 100" })
      .max(HELD_PAGE_MAX, { message: "must be a whole number from 1 to 100" })
      .default(HELD_PAGE_DEFAULT),
    after: z
      .string()
      .max(200, { message: "is not a cursor of this list" })
      .transform((text, context) => {
        const cursor = decodeCursor(text);
        if (!cursor) context.addIssue({ code: "custom", message: "is not a cursor of this list" });
        return cursor ?? z.NEVER;
      })
      .optional(),
  })
  .strict();

const matchCode = z.enum([
  "identity.duplicate.same-name",
  "identity.duplicate.name-form",
  "identity.review.name-close",
  "identity.review.names-swapped",
  "identity.review.date-transposed",
]);

export const heldRegistrations = z.object({
  /** All held now; `registrations` is one page of them, oldest first. */
  total: z.number().int(),
  /** The cursor of the next page (`?after=`), or null on the last. */
  next: z.string().nullable(),
  registrations: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      heldSince: z.string(),
      language: z.string(),
      reason: z.string(),
      /** The applicant's claims that someone registered in their name, not yet reviewed. */
      claims: z.array(z.object({ statement: z.string(), madeAt: z.string() })),
      people: z.array(
        heldPerson.extend({
          position: z.number().int(),
          matches: z.array(
            heldPerson.extend({
              registrationId: z.string(),
              registrationStatus: z.enum(["active", "review", "refused"]),
              code: matchCode,
            }),
          ),
          /** Matches the check found beyond those kept. */
          moreMatches: z.number().int(),
        }),
      ),
    }),
  ),
});

export const reviewDecisionBody = z
  .object({
    decision: z.enum(["accepted", "refused"], { message: "must be accepted or refused" }),
    /** Told to the applicant of a refused registration, and of each registration voided. */
    reason: typedText("give the reason"),
    /** With an acceptance of a claim: the matched registrations made in the claimant's name. */
    void: z
      .array(z.uuid({ message: "must be a registration id (a UUID)" }))
      .max(20, { message: "at most 20 registrations" })
      .default([]),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.void.length > 0 && body.decision !== "accepted") {
      context.addIssue({
        code: "custom",
        path: ["void"],
        message: "registrations are voided only when the claimant's registration is accepted",
      });
    }
  });

/** "Someone registered in my name": the applicant's own words for the officer. */
export const claimBody = z.object({ statement: typedText("say what happened") }).strict();

export const claimAnswer = z.object({ status: z.literal("recorded"), message: z.string() });

/** Types the web sends and reads, from the same schemas the server checks and answers with. */
export type PersonBody = z.input<typeof personSchema>;
export type RegistrationBody = z.input<typeof registrationBody>;
export type RegisteredAnswer = z.infer<typeof registeredAnswer>;
export type MyRegistrations = z.infer<typeof myRegistrations>;
export type HeldRegistrations = z.infer<typeof heldRegistrations>;
export type ReviewDecisionBody = z.input<typeof reviewDecisionBody>;
export type ClaimBody = z.input<typeof claimBody>;
export type ClaimAnswer = z.infer<typeof claimAnswer>;
