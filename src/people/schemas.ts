import { z } from "zod";

export const caseIdParams = z.object({
  id: z.uuid({ message: "must be a case id (a UUID)" }),
});

const isoInstant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date and time" });

export const newPersonSchema = z.object({
  givenName: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  nativeGivenName: z.string().trim().min(1).max(200).nullish(),
  nativeFamilyName: z.string().trim().min(1).max(200).nullish(),
  dateOfBirth: z.iso.date({ message: "must be a date (YYYY-MM-DD)" }).nullish(),
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

export const commandBody = z.object({
  expectedVersion: z.number().int().min(0),
  /** When the fact happened, if not now (recording a past event); never in the future. */
  occurredAt: isoInstant.optional(),
  command: z.object({ type: z.string().min(1) }).loose(),
});

const regionState = z.object({
  custody: z.string(),
  protection: z.string(),
  removal: z.string(),
});

const personView = z.object({
  displayName: z.string(),
  nativeName: z.string().nullable(),
  nationality: z.string(),
  languages: z.array(z.string()),
});

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
  person: personView.omit({ languages: true }),
  state: regionState,
  updatedAt: z.string(),
});

export const timelineEntrySchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  actor: z.string(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const deadlineSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  citation: z.string(),
  kind: z.enum(["by", "notBefore"]),
  party: z.string(),
  check: z.boolean(),
  startedBy: z.object({ seq: z.number().int(), type: z.string() }),
  startDay: z.string(),
  due: z.string(),
  dueAt: z.string(),
  rolledFrom: z.string().nullable(),
  status: z.enum(["open", "met", "missed"]),
  metAt: z.string().nullable(),
});

export const nextStepSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const caseViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
  person: personView,
  state: regionState,
  nextSteps: z.array(nextStepSchema),
  deadlines: z.array(deadlineSchema),
  timeline: z.array(timelineEntrySchema),
});

export const diagramSchema = z.object({
  format: z.literal("mermaid"),
  diagram: z.string(),
  current: regionState,
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  rule: z.string().optional(),
  citation: z.string().optional(),
});
