import { getJson, postJson, setCsrfToken } from "../api.ts";
import type { Language } from "../i18n/languages.ts";
import type { PostKind } from "./roles.ts";

/** Where the second factor stands: not needed, to set up, to enter now, or entered. */
export type MfaState = "not-required" | "enrol" | "verify" | "done";

export interface Account {
  id: string;
  role: string;
  preferredLanguage: string;
  displayName: string | null;
  mfa: MfaState;
}

/** What a sign-in step asks for next. */
export type NextStep = "done" | "totp" | "enrol-totp";

export interface SignedIn {
  account: Account;
  next: NextStep;
}

interface WithToken {
  csrfToken: string;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface Invitation {
  email: string;
  role: string;
  post: Post | null;
  expiresAt: string;
}

export interface Contact {
  email?: string;
  phone?: string;
}

export async function getSession(signal?: AbortSignal): Promise<Account | null> {
  const body = await getJson<{ account: Account | null } & WithToken>("/api/auth/session", signal);
  setCsrfToken(body.csrfToken);
  return body.account;
}

export async function register(
  contact: Contact,
  password: string,
  preferredLanguage: Language,
): Promise<Account> {
  const body = await postJson<{ account: Account }>("/api/auth/register", {
    ...contact,
    password,
    preferredLanguage,
  });
  return body.account;
}

function signedIn(body: SignedIn): SignedIn {
  return { account: body.account, next: body.next };
}

export async function login(identifier: string, password: string): Promise<SignedIn> {
  return signedIn(await postJson<SignedIn>("/api/auth/login", { identifier, password }));
}

export async function verifyTotp(code: string): Promise<SignedIn> {
  return signedIn(await postJson<SignedIn>("/api/auth/totp", { code }));
}

export function startEnrolment(): Promise<Enrolment> {
  return postJson<Enrolment>("/api/auth/totp/enrolment");
}

export async function confirmEnrolment(
  code: string,
): Promise<SignedIn & { recoveryCodes: string[] }> {
  const body = await postJson<SignedIn & { recoveryCodes: string[] }>(
    "/api/auth/totp/enrolment/confirm",
    { code },
  );
  return { ...signedIn(body), recoveryCodes: body.recoveryCodes };
}

export async function logout(): Promise<void> {
  await postJson<void>("/api/auth/logout");
}

export async function requestPasswordReset(identifier: string): Promise<void> {
  await postJson<void>("/api/auth/password-reset", { identifier });
}

export async function completePasswordReset(token: string, password: string): Promise<void> {
  await postJson<void>("/api/auth/password-reset/complete", { token, password });
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
  return signedIn(await postJson<SignedIn>(path, { password, preferredLanguage }));
}

export interface Post {
  kind: PostKind;
  id: string;
  name: string;
}

/** The ports of entry, detention facilities and courts staff may be tied to. */
export async function listPosts(signal?: AbortSignal): Promise<Post[]> {
  return (await getJson<{ posts: Post[] }>("/api/admin/posts", signal)).posts;
}

export interface NewInvitation {
  email: string;
  role: string;
  post?: { kind: PostKind; id: string };
  displayName?: string;
}

export function createInvitation(
  invitation: NewInvitation,
): Promise<{ id: string; expiresAt: string }> {
  return postJson<{ id: string; expiresAt: string }>("/api/admin/invitations", invitation);
}
