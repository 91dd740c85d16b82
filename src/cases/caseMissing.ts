import type { Failure } from "../platform/http/problem.ts";

/** The one answer for a case that does not exist or that the caller may not see (404). */
export const CASE_MISSING = {
  ok: false,
  kind: "missing",
  detail: "The case was not found.",
} as const satisfies Failure;
