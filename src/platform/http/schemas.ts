import { z } from "zod";

/** An `application/problem+json` answer (RFC 9457), as every route declares its 4xx. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  rule: z.string().optional(),
  citation: z.string().optional(),
  /** A stable code the web translates (e.g. "already-reviewed"). */
  code: z.string().optional(),
});
