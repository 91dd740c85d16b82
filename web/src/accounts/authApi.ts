/** The accounts API (docs/api-auth.md), typed with the server's own schemas. */
import type {
  AcceptBody,
  Account,
  EnrolmentAnswer,
  EnrolmentConfirmAnswer,
  InvitationBody,
  InvitationView,
  LoginBody,
  Post,
  RegisterBody,
  ResetCompleteBody,
  ResetRequestBody,
  SessionAnswer,
  SignedInAnswer,
  TotpBody,
} from "../../../src/people/accounts/schemas.ts";
import type { Language } from "../i18n/languages.ts";
import { getJson, postJson, setCsrfToken } from "../platform/http.ts";

export type { Account, Post };

/** Where the second factor stands: not needed, to set up, to enter now, or entered. */
export type MfaState = Account["mfa"];

/** What a sign-in step asks for next. */
export type NextStep = SignedInAnswer["next"];

/** A sign-in step's answer, as the pages keep it (the CSRF token goes to the API client). */
export type SignedIn = Omit<SignedInAnswer, "csrfToken">;

export type Enrolment = EnrolmentAnswer;

export type Invitation = InvitationView;

/** How a new account is reached: an e-mail address or a phone number. */
export type Contact = Pick<RegisterBody, "email" | "phone">;

export async function getSession(signal?: AbortSignal): Promise<Account | null> {
  const body = await getJson<SessionAnswer>("/api/auth/session", signal);
  setCsrfToken(body.csrfToken);
  return body.account;
}

export async function register(
  contact: Contact,
  password: string,
  preferredLanguage: Language,
): Promise<Account> {
  const body: RegisterBody = { ...contact, password, preferredLanguage };
  return (await postJson<{ account: Account }>("/api/auth/register", body)).account;
}

function signedIn(body: SignedInAnswer): SignedIn {
  return { account: body.account, next: body.next };
}

export async function login(identifier: string, password: string): Promise<SignedIn> {
  const body: LoginBody = { identifier, password };
  return signedIn(await postJson<SignedInAnswer>("/api/auth/login", body));
}

export async function verifyTotp(code: string): Promise<SignedIn> {
  const body: TotpBody = { code };
  return signedIn(await postJson<SignedInAnswer>("/api/auth/totp", body));
}

export function startEnrolment(): Promise<Enrolment> {
  return postJson<Enrolment>("/api/auth/totp/enrolment");
}

export async function confirmEnrolment(
  code: string,
): Promise<SignedIn & { recoveryCodes: string[] }> {
  const body: TotpBody = { code };
  const answer = await postJson<EnrolmentConfirmAnswer>("/api/auth/totp/enrolment/confirm", body);
  return { ...signedIn(answer), recoveryCodes: answer.recoveryCodes };
}

export async function logout(): Promise<void> {
  await postJson<void>("/api/auth/logout");
}

export async function requestPasswordReset(identifier: string): Promise<void> {
  const body: ResetRequestBody = { identifier };
  await postJson<void>("/api/auth/password-reset", body);
}

export async function completePasswordReset(token: string, password: string): Promise<void> {
  const body: ResetCompleteBody = { token, password };
  await postJson<void>("/api/auth/password-reset/complete", body);
}

export function getInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return getJson<Invitation>(`/api/auth/invitations/${encodeURIComponent(token)}`, signal);
}

export async function acceptInvitation(
  token: string,
  password: string,
  preferredLanguage: Language,
): Promise<SignedIn> {
  const path = `/api/auth/invitations/${encodeURIComponent(token)}/accept`;
  const body: AcceptBody = { password, preferredLanguage };
  return signedIn(await postJson<SignedInAnswer>(path, body));
}

/** The ports of entry, detention facilities and courts staff may be tied to (answer inline). */
export async function listPosts(signal?: AbortSignal): Promise<Post[]> {
  return (await getJson<{ posts: Post[] }>("/api/admin/posts", signal)).posts;
}

export type NewInvitation = InvitationBody;

/** Sends an invitation; the answer is declared inline by the route, so it is written out here. */
export function createInvitation(
  invitation: NewInvitation,
): Promise<{ id: string; expiresAt: string }> {
  return postJson<{ id: string; expiresAt: string }>("/api/admin/invitations", invitation);
}
