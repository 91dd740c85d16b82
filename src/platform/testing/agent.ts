import { generate } from "otplib";
import { CSRF_HEADER, SESSION_COOKIE } from "../auth/access.ts";

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes.
  body: any;
  contentType: string | null;
  headers: Headers;
}

/**
 * A browser, as far as the API can tell: it keeps the session cookie and sends the CSRF token on
 * every write, as the web app does. `call` can leave the token out to test the refusal.
 */
export class Agent {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    url: string,
    body?: unknown,
    options: { csrf?: boolean | string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    const unsafe = !["GET", "HEAD", "OPTIONS"].includes(method);
    if (unsafe && options.csrf !== false) {
      if (typeof options.csrf === "string") headers[CSRF_HEADER] = options.csrf;
      else {
        if (!this.csrfToken) await this.session();
        if (this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
      }
    }
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, value] = (pair ?? "").split("=");
      if (name === SESSION_COOKIE) this.cookie = value ? value : null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    const csrf = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof csrf === "string") this.csrfToken = csrf;
    return {
      status: response.status,
      body: parsed,
      contentType: response.headers.get("content-type"),
      headers: response.headers,
    };
  }

  /** GET /api/auth/session: starts a session if there is none; keeps its CSRF token. */
  async session(): Promise<Answer> {
    const answer = await this.call("GET", "/api/auth/session");
    this.csrfToken = answer.body.csrfToken;
    return answer;
  }

  /** Password sign-in, then the TOTP code for staff, computed at `epochMs`. */
  async signIn(identifier: string, password: string, totp?: { secret: string; epochMs: number }) {
    const login = await this.call("POST", "/api/auth/login", { identifier, password });
    if (login.status !== 200)
      throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
    if (login.body.next !== "totp") return login;
    if (!totp) throw new Error("this account needs a TOTP code");
    const code = await totpCode(totp.secret, totp.epochMs);
    const second = await this.call("POST", "/api/auth/totp", { code });
    if (second.status !== 200)
      throw new Error(`TOTP failed: ${second.status} ${JSON.stringify(second.body)}`);
    return second;
  }
}

export function totpCode(secret: string, epochMs: number): Promise<string> {
  return generate({ secret, epoch: Math.floor(epochMs / 1000) });
}
