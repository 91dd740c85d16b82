/** The docket's HTTP shapes, shared by the server and the web. */
import { z } from "zod";
import { daySchema } from "../../core/schemas.ts";
import { hearingKinds } from "./slots.ts";

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day, HH:MM (24-hour clock)");

export const courtParams = z.object({
  court: z.string().regex(/^[a-z0-9-]{1,60}$/, "must be a court's id (e.g. eoir-san-diego)"),
});

export const courtSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  rooms: z.array(z.string()),
  judges: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const sessionBody = z.object({
  judgeId: z.string().trim().min(1).max(100).describe("One of the court's judges."),
  room: z.string().trim().min(1).max(20).describe("One of the court's courtrooms."),
  day: daySchema.describe("The court's day of the session, YYYY-MM-DD."),
  start: time.describe("When the session starts, on the court's clock."),
  end: time.describe("When it ends, on the court's clock."),
  kind: z.enum(hearingKinds).describe("master calendar or individual (merits) hearings."),
  slotMinutes: z
    .number()
    .int()
    .min(5)
    .max(480)
    .describe("How long each hearing's slot is, in minutes."),
});

export const docketQuery = z.object({
  day: daySchema.describe("The court's day, YYYY-MM-DD."),
  judge: z.string().trim().min(1).max(100).optional().describe("One judge's slots only."),
  kind: z.enum(hearingKinds).optional(),
  free: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true")
    .describe("Only slots no hearing holds."),
});

export const docketSlotSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  /** The slot's time on the court's clock, HH:MM. */
  time: z.string(),
  kind: z.enum(hearingKinds),
  judgeId: z.string(),
  room: z.string(),
  hearing: z.object({ caseId: z.string(), hearingId: z.string() }).nullable(),
});

export const docketSchema = z.object({
  court: z.string(),
  day: z.string(),
  timeZone: z.string(),
  slots: z.array(docketSlotSchema),
});

export const sessionCreatedSchema = z.object({
  id: z.string(),
  slots: z.array(docketSlotSchema),
});

export type CourtView = z.infer<typeof courtSchema>;
export type Docket = z.infer<typeof docketSchema>;
export type DocketSlotView = z.infer<typeof docketSlotSchema>;
export type NewSession = z.infer<typeof sessionBody>;
