/** The Haven HTTP API as the web front end reads it. Extra fields in responses are tolerated. */

export interface CaseState {
  custody: string;
  protection: string;
  removal: string;
}

export interface PersonSummary {
  displayName: string;
  nativeName: string | null;
  nationality: string;
}

export interface Person extends PersonSummary {
  languages: string[];
}

export interface CaseSummary {
  id: string;
  reference: string;
  person: PersonSummary;
  state: CaseState;
  version: number;
  updatedAt: string;
}

export interface TimelineEvent {
  seq: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface CaseDetail {
  id: string;
  reference: string;
  version: number;
  person: Person;
  state: CaseState;
  timeline: TimelineEvent[];
}

/** An `application/problem+json` body (RFC 9457). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  /** The API answers 404 for an unknown case and 400 for an id that cannot be one. */
  get isNotFound(): boolean {
    return this.status === 404 || this.status === 400;
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" }, signal });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as T;
}

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

export async function listCases(signal?: AbortSignal): Promise<CaseSummary[]> {
  const body = await getJson<{ cases: CaseSummary[] }>("/api/cases", signal);
  return body.cases;
}

export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return getJson<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, signal);
}
