import { DEMO_PASSWORD, demoStaff } from "./demo.ts";
import { totpCode } from "./totp.ts";

/** A signed-in API session from the test itself: its cookie and CSRF token, kept up to date. */
export interface ApiSession {
  post(path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  get(path: string): Promise<{ status: number; body: unknown }>;
}

function sessionCookie(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("haven_session="));
  return cookie ? (cookie.split(";")[0] ?? null) : null;
}

type Call = (method: string, path: string, body?: unknown) => ReturnType<ApiSession["get"]>;

/** Calls the API as one client: the session cookie and CSRF token of each answer kept for the next. */
function apiClient(baseUrl: string): Call {
  let cookie = "";
  let csrf = "";
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { accept: "application/json", cookie };
    if (method !== "GET") headers["x-csrf-token"] = csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    cookie = sessionCookie(response) ?? cookie;
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === "string") csrf = token;
    return { status: response.status, body: parsed };
  };
  return call;
}

function session(call: Call): ApiSession {
  return {
    post: (path, body) => call("POST", path, body),
    get: (path) => call("GET", path),
  };
}

/**
 * Signs a demo staff member in through the API (password, then a TOTP code from the demo
 * secret), for the steps a test takes on the server's side, such as closing a window and drawing.
 */
export async function staffApi(
  baseUrl: string,
  role: Parameters<typeof demoStaff>[0],
  /** One of the role's demo accounts, when not the first. */
  email?: string,
): Promise<ApiSession> {
  const call = apiClient(baseUrl);
  const staff = demoStaff(role, email);
  await call("GET", "/api/auth/session");
  const login = await call("POST", "/api/auth/login", {
    identifier: staff.email,
    password: DEMO_PASSWORD,
  });
  if (login.status !== 200) throw new Error(`Sign-in failed: ${JSON.stringify(login.body)}`);
  const totp = await call("POST", "/api/auth/totp", { code: await totpCode(staff.totpSecret) });
  if (totp.status !== 200) throw new Error(`TOTP failed: ${JSON.stringify(totp.body)}`);
  return session(call);
}

/** A new applicant account through the API (`/api/auth/register`), signed in. */
export async function applicantApi(
  baseUrl: string,
  account: { email: string; password: string; language: string },
): Promise<ApiSession> {
  const call = apiClient(baseUrl);
  await call("GET", "/api/auth/session");
  const registered = await call("POST", "/api/auth/register", {
    email: account.email,
    password: account.password,
    preferredLanguage: account.language,
  });
  if (registered.status !== 201) {
    throw new Error(`Registration failed: ${JSON.stringify(registered.body)}`);
  }
  return session(call);
}
