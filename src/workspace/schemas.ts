import { z } from "zod";

/** A case as a line of a list: enough to recognise the person and open the case. */
export const caseLineSchema = z.object({
  id: z.string(),
  reference: z.string(),
  displayName: z.string(),
  nativeName: z.string().nullable(),
  nationality: z.string(),
  state: z.record(z.string(), z.string()),
});

export const worklistQuery = z.object({
  scope: z
    .enum(["post", "all"])
    .default("post")
    .describe("post: your post's work (the default); all: the role's work everywhere."),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, "must be a cursor from a previous page")
    .optional()
    .describe("The `next` cursor of the previous page."),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const postSchema = z.object({
  kind: z.enum(["port", "facility", "court"]),
  id: z.string(),
  name: z.string().describe("The post's own name, e.g. Otay Mesa Detention Center."),
});

export const workItemSchema = z.object({
  item: z.string().describe("What is to be done, e.g. custody.cbp-disposition."),
  post: postSchema.nullable(),
  dueAt: z.string().nullable(),
  warnAt: z.string().nullable(),
  ruleId: z.string().nullable(),
  case: caseLineSchema,
});

export const worklistSchema = z.object({
  scope: z.enum(["post", "all"]),
  post: postSchema.nullable(),
  items: z.array(workItemSchema),
  next: z.string().nullable().describe("The cursor of the next page, or null on the last."),
});

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, "must have at least 2 characters")
    .max(200)
    .refine((value) => !value.includes("\u0000"), "must not contain NUL characters")
    .describe(
      "A name in any script, an A-number (with or without A and dashes), or a case reference.",
    ),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchAnswerSchema = z.object({
  by: z.enum(["a-number", "reference", "name"]),
  cases: z.array(caseLineSchema),
  more: z.boolean(),
});

export type CaseLine = z.infer<typeof caseLineSchema>;
export type WorkItemView = z.infer<typeof workItemSchema>;
export type WorklistView = z.infer<typeof worklistSchema>;
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
