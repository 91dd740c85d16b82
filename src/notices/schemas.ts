import { z } from "zod";
import { daySchema } from "../core/schemas.ts";
import { noticeChannels, noticeKinds } from "./state.ts";
import { deliveryStatuses } from "./tables.ts";

export const noticeParams = z.object({
  id: z.uuid({ message: "must be a case id (a UUID)" }),
  noticeId: z.uuid({ message: "must be a notice id (a UUID)" }),
});

export const noticePdfParams = z.object({
  id: z.uuid({ message: "must be a case id (a UUID)" }),
  // The route's last segment is "<notice id>.pdf".
  file: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/i,
      "must be a notice id (a UUID) followed by .pdf",
    ),
});

export const deliverySchema = z.object({
  channel: z.enum(noticeChannels),
  /** "portal", the e-mail address, or the postal address as it was. */
  recipient: z.string(),
  status: z.enum([...deliveryStatuses, "failed"]),
  deliveredAt: z.string().nullable(),
  postedOn: z.string().nullable(),
  attempts: z.number().int(),
});

export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(noticeKinds),
  language: z.string(),
  address: z.string().nullable(),
  createdAt: z.string(),
  title: z.string().describe("The notice's title in its language."),
  pdf: z.string().describe("Where its PDF is."),
  pdfSha256: z.string().nullable().describe("SHA-256 of the PDF, once it is made."),
  deliveries: z.array(deliverySchema),
});

export const noticeListSchema = z.object({ notices: z.array(noticeSchema) });

export const mailingBody = z.object({
  postedOn: daySchema.describe("The day the notice was posted to the address, YYYY-MM-DD."),
});

export const mailingAnswerSchema = z.object({ recorded: z.boolean() });
