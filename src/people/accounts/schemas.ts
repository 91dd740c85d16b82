import { z } from "zod";
import { roles, staffRoles } from "../../platform/auth/roles.ts";

export const languages = ["en", "es", "ru", "uk", "ht", "pt"] as const;
export const languageSchema = z.enum(languages);

/** Length only here; the common-password check answers 400 naming body.password as well. */
export const passwordSchema = z.string().min(1).max(1024);

const emailSchema = z.email({ message: "must be an e-mail address" }).max(254);
const phoneSchema = z.string().regex(/^\+[1-9][0-9]{6,14}$/, {
  message: "must be a phone number in E.164 form, e.g. +15551234567",
});

export const accountSchema = z.object({
  id: z.string(),
  role: z.enum(roles),
  preferredLanguage: z.string(),
  displayName: z.string().nullable(),
  mfa: z.enum(["not-required", "enrol", "verify", "done"]),
});

export const sessionAnswer = z.object({ account: accountSchema.nullable(), csrfToken: z.string() });

export const signedInAnswer = z.object({
  account: accountSchema,
  next: z.enum(["done", "totp", "enrol-totp"]),
  csrfToken: z.string(),
});

export const registerBody = z
  .object({
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
    password: passwordSchema,
    preferredLanguage: languageSchema,
  })
  .refine((body) => (body.email === undefined) !== (body.phone === undefined), {
    message: "give exactly one of email and phone",
    path: ["email"],
  });

export const loginBody = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const totpBody = z.object({ code: z.string().trim().min(6).max(20) });

export const enrolmentAnswer = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});

export const enrolmentConfirmAnswer = signedInAnswer.extend({
  recoveryCodes: z.array(z.string()),
});

export const resetRequestBody = z.object({ identifier: z.string().trim().min(1).max(254) });
export const resetCompleteBody = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});

export const tokenParams = z.object({ token: z.string().min(1).max(200) });
export const idParams = z.object({ id: z.uuid({ message: "must be an id (a UUID)" }) });

export const postRef = z.object({
  kind: z.enum(["port", "facility", "court"]),
  id: z.string().min(1).max(100),
});
export const postSchema = postRef.extend({ name: z.string() });

export const invitationBody = z.object({
  email: emailSchema,
  role: z.enum(staffRoles as [string, ...string[]]),
  post: postRef.optional(),
  displayName: z.string().trim().min(1).max(200).optional(),
});

export const invitationView = z.object({
  email: z.string(),
  role: z.string(),
  post: postSchema.nullable(),
  expiresAt: z.string(),
});

export const acceptBody = z.object({ password: passwordSchema, preferredLanguage: languageSchema });

export const appearanceBody = z.object({
  caseReference: z.string().trim().min(1).max(40),
  aNumber: z.string().regex(/^[0-9]{9}$/, { message: "must be 9 digits" }),
  form: z.enum(["G-28", "EOIR-28"]),
});

export const appearanceView = z.object({
  id: z.string(),
  form: z.enum(["G-28", "EOIR-28"]),
  caseReference: z.string(),
  status: z.enum(["pending", "in-force", "withdrawn"]),
  /** The case, once the appearance is in force (for the attorney) or always (for the applicant). */
  caseId: z.string().nullable(),
  attorney: z.object({ id: z.string(), displayName: z.string().nullable() }),
  filedAt: z.string(),
  consentedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

export const adminAccountView = z.object({
  id: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  displayName: z.string().nullable(),
  post: postRef.nullable(),
  totpEnrolled: z.boolean(),
  createdAt: z.string(),
});

export { problemSchema } from "../../platform/http/schemas.ts";

/** Types the web sends and reads, from the same schemas the server checks and answers with. */
export type Account = z.infer<typeof accountSchema>;
export type SessionAnswer = z.infer<typeof sessionAnswer>;
export type SignedInAnswer = z.infer<typeof signedInAnswer>;
export type EnrolmentAnswer = z.infer<typeof enrolmentAnswer>;
export type EnrolmentConfirmAnswer = z.infer<typeof enrolmentConfirmAnswer>;
export type Post = z.infer<typeof postSchema>;
export type InvitationBody = z.input<typeof invitationBody>;
export type InvitationView = z.infer<typeof invitationView>;
export type RegisterBody = z.input<typeof registerBody>;
export type LoginBody = z.input<typeof loginBody>;
export type TotpBody = z.input<typeof totpBody>;
export type ResetRequestBody = z.input<typeof resetRequestBody>;
export type ResetCompleteBody = z.input<typeof resetCompleteBody>;
export type AcceptBody = z.input<typeof acceptBody>;
