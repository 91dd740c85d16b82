import { CSRF_HEADER } from "../platform/auth/access.ts";

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes.
  body: any;
  headers: Headers;
}

/** A browser that keeps every cookie the server sets: the session's and the device's. */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];
  private csrfToken: string | null = null;
  constructor(private readonly baseUrl: string) {}

  async call(method: string, url: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      this.setCookies.push(cookie);
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      const value = pair.slice(at + 1);
      if (value) this.cookies.set(pair.slice(0, at), value);
      else this.cookies.delete(pair.slice(0, at));
    }
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : null;
    if (typeof parsed?.csrfToken === "string") this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed, headers: response.headers };
  }

  login(identifier: string, password: string): Promise<Answer> {
    return this.call("POST", "/api/auth/login", { identifier, password });
  }

  totp(code: string): Promise<Answer> {
    return this.call("POST", "/api/auth/totp", { code });
  }
}
