import { z } from "zod";
import { daySchema, instantSchema } from "../core/schemas.ts";

const isoInstant = instantSchema;

export const newPersonSchema = z.object({
  givenName: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  nativeGivenName: z.string().trim().min(1).max(200).nullish(),
  nativeFamilyName: z.string().trim().min(1).max(200).nullish(),
  dateOfBirth: daySchema.nullish(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 country code, e.g. RU" }),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { message: "must be an ISO 639 language code" }))
    .max(10)
    .default([]),
  aNumber: z
    .string()
    .regex(/^[0-9]{9}$/, { message: "must be 9 digits" })
    .nullish(),
});

export const openCaseBody = z.object({
  person: newPersonSchema,
  occurredAt: isoInstant,
  arrivedAt: isoInstant.nullish(),
});

export const openedAnswer = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
});
