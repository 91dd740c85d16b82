import { z } from "zod";
import type { Pathway } from "../core/pathway/index.ts";
import { instantSchema } from "../core/schemas.ts";

export const caseIdParams = z.object({
  id: z.uuid({ message: "must be a case id (a UUID)" }),
});

const isoInstant = instantSchema;

/** `POST /api/cases/:id/commands`: every command of the pathway, told apart by `type`. */
export function commandBody(pathway: Pathway) {
  return z.object({
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .describe("The case's version as you last read it; a case that changed since is a 409."),
    occurredAt: isoInstant
      .optional()
      .describe(
        "When the fact happened, if not now (recording a past event); never in the future.",
      ),
    command: pathway.commandSchema.meta({
      description: "One of the pathway's commands, told apart by `type`.",
      discriminator: { propertyName: "type" },
    }),
  });
}

/** The region words of a case: one per region of the process model. */
const regionState = z
  .record(z.string(), z.string())
  .describe("Where the case stands, one word per region (custody, protection, removal).");

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
  lastEventAt: z.string(),
});

const entryFields = {
  seq: z.number().int(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  actor: z.string(),
  reason: z.string().nullable(),
};

/** A timeline entry: each event type of the pathway with its data, or one a newer writer made. */
export function timelineEntrySchema(pathway: Pathway) {
  const known = Object.entries(pathway.eventSchemas).map(([type, schema]) =>
    z
      .object({
        ...entryFields,
        type: z.literal(type),
        data: schema instanceof z.ZodObject ? schema.loose() : schema,
      })
      .describe(schema.description ?? type),
  );
  const other = z
    .object({ ...entryFields, type: z.string(), data: z.record(z.string(), z.unknown()) })
    .describe("An event of a type this version does not know.");
  return z.union([...known, other]).meta({
    description: "One entry of the timeline: an event of one of these types, with its data.",
  });
}

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

export function caseViewSchema(pathway: Pathway) {
  return z.object({
    id: z.string(),
    reference: z.string(),
    version: z.number().int(),
    person: personView,
    state: regionState,
    lastEventAt: z.string(),
    nextSteps: z.array(nextStepSchema),
    deadlines: z.array(deadlineSchema),
    timeline: z.array(timelineEntrySchema(pathway)),
  });
}

export const diagramSchema = z.object({
  format: z.literal("mermaid"),
  diagram: z.string(),
  current: regionState,
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const commandAnswer = z.object({
  version: z.number().int(),
  events: z.array(z.object({ seq: z.number().int(), type: z.string() })),
});

/** Types the web reads, from the same schemas the server answers with. */
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseView = z.infer<ReturnType<typeof caseViewSchema>>;
export type TimelineEntry = CaseView["timeline"][number];
export type DeadlineView = z.infer<typeof deadlineSchema>;
export type NextStepView = z.infer<typeof nextStepSchema>;

const fieldCommon = {
  name: z.string(),
  required: z.boolean(),
  nullable: z.boolean(),
};

/** One field of a command's form, from the command's schema. */
export const formFieldSchema = z.discriminatedUnion("kind", [
  z.object({
    ...fieldCommon,
    kind: z.enum(["choice", "choices"]),
    options: z.array(z.string()),
  }),
  z.object({ ...fieldCommon, kind: z.enum(["integer", "money"]), min: z.number().nullable() }),
  z.object({
    ...fieldCommon,
    kind: z.enum(["text", "longText", "list"]),
    maxLength: z.number().int().nullable(),
  }),
  z.object({
    ...fieldCommon,
    kind: z.enum(["boolean", "instant", "day", "country", "hearingSlot"]),
  }),
]);

const refusalSchema = z.object({
  rule: z.string(),
  citation: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

/** A command the reader's role may run on the case, as a form, and whether it can run now. */
export const caseActionSchema = z.union([
  z.object({
    type: z.string(),
    area: z.string(),
    fields: z.array(formFieldSchema),
    available: z.literal(true),
  }),
  z.object({
    type: z.string(),
    area: z.string(),
    fields: z.array(formFieldSchema),
    available: z.literal(false),
    refusal: refusalSchema,
  }),
]);

export const caseActionsSchema = z.object({
  version: z.number().int(),
  actions: z.array(caseActionSchema),
});

export type FormField = z.infer<typeof formFieldSchema>;
export type ActionForm = { type: string; fields: FormField[] };
export type CaseAction = z.infer<typeof caseActionSchema>;
export type CaseActions = z.infer<typeof caseActionsSchema>;
