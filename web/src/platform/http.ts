/**
 * Talking to the Haven HTTP API: JSON in and out, the CSRF token, and failures as `ApiError`.
 * Each area's calls (`<area>/*Api.ts`) use these, typed with the server's own schema types.
 */

/** One field the API named as wrong, such as `body.password`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An `application/problem+json` body (RFC 9457). */
export interface Problem {
  type?: string;
  /** A machine-readable reason some answers carry, e.g. `duplicate-person`. */
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** Seconds to wait, from a 429's `Retry-After`; null when the answer gave none. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The API answers 404 for an unknown case and 400 for an id that cannot be one. */
  get isNotFound(): boolean {
    return this.status === 404 || this.status === 400;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  /** The answer's machine-readable `code`, if it gave one. */
  get code(): string | null {
    return this.problem?.code ?? null;
  }

  /** The fields the API named as wrong, e.g. `["body.password"]`. */
  get fields(): string[] {
    return (this.problem?.errors ?? []).map((error) => error.field);
  }
}

/** The token every write must carry in `x-csrf-token`; each auth answer brings a fresh one. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** `Retry-After` as seconds (RFC 9110 allows seconds or an HTTP date). */
export function readRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

async function failure(response: Response): Promise<ApiError> {
  const retryAfter = readRetryAfter(response.headers.get("retry-after"));
  return new ApiError(response.status, await readProblem(response), retryAfter);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: "application/json" },
    credentials: "same-origin",
    signal,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

function post(path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  return fetch(path, {
    method: "POST",
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Fetches a fresh CSRF token from the session; set by the auth module at start-up. */
let renewCsrfToken: (() => Promise<void>) | null = null;

export function onCsrfRenewal(renew: () => Promise<void>): void {
  renewCsrfToken = renew;
}

/**
 * POSTs JSON with the CSRF token. A 403 may mean the token went stale (the session changed in
 * another tab): the token is renewed once and the request sent again. Answers without a body
 * (204, 202) resolve to `undefined`; a `csrfToken` in the answer replaces the current one.
 */
export async function postJson<T>(path: string, body?: unknown): Promise<T> {
  let response = await post(path, body);
  if (response.status === 403 && renewCsrfToken) {
    await response.body?.cancel();
    await renewCsrfToken();
    response = await post(path, body);
  }
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  if (text === "") return undefined as T;
  const data = JSON.parse(text) as T;
  const token = (data as { csrfToken?: unknown } | null)?.csrfToken;
  if (typeof token === "string") setCsrfToken(token);
  return data;
}
