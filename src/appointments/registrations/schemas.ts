import { z } from "zod";
import { nameProblem, nameProblemMessages } from "../../core/names.ts";
import { daySchema } from "../../core/schemas.ts";
import { portIds } from "../../policy/ports.ts";

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

export const reviewAnswer = z.object({
  id: z.string(),
  status: z.literal("review"),
  reason: z.string(),
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
      status: z.enum(["active", "review", "refused"]),
      review: z
        .object({
          decision: z.enum(["accepted", "refused"]).nullable(),
          reason: z.string().nullable(),
          decidedAt: z.string().nullable(),
        })
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

export const heldRegistrations = z.object({
  /** All held now; `registrations` lists the oldest 100. */
  total: z.number().int(),
  registrations: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      language: z.string(),
      reason: z.string(),
      people: z.array(
        heldPerson.extend({
          position: z.number().int(),
          matches: z.array(
            heldPerson.extend({
              registrationId: z.string(),
              registrationStatus: z.enum(["active", "review", "refused"]),
              code: z.enum([
                "identity.duplicate.same-name",
                "identity.duplicate.name-form",
                "identity.review.name-close",
                "identity.review.names-swapped",
                "identity.review.date-transposed",
              ]),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const reviewDecisionBody = z
  .object({
    decision: z.enum(["accepted", "refused"], { message: "must be accepted or refused" }),
    reason: z
      .string({ message: "give the reason" })
      .trim()
      .min(1, { message: "give the reason" })
      .max(2000, { message: "must be at most 2000 characters" }),
  })
  .strict();

/** Types the web sends and reads, from the same schemas the server checks and answers with. */
export type PersonBody = z.input<typeof personSchema>;
export type RegistrationBody = z.input<typeof registrationBody>;
export type RegisteredAnswer = z.infer<typeof registeredAnswer>;
export type ReviewAnswer = z.infer<typeof reviewAnswer>;
export type MyRegistrations = z.infer<typeof myRegistrations>;
export type HeldRegistrations = z.infer<typeof heldRegistrations>;
export type ReviewDecisionBody = z.input<typeof reviewDecisionBody>;
