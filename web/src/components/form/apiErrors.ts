import type { TFunction } from "i18next";
import { ApiError } from "../../platform/http.ts";
import type { FieldError } from "./useFormErrors.ts";

/** "45 seconds" / "2 минуты", for a 429's Retry-After. */
export function formatWait(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [amount, unit] = seconds > 90 ? [minutes, "minute"] : [Math.max(1, seconds), "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(amount);
}

export function isTooManyAttempts(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 429;
}

/** What to say when a form's request failed for a reason its fields do not explain. */
export function requestFailure(t: TFunction, locale: string, error: unknown): string {
  if (isTooManyAttempts(error)) {
    return error.retryAfter === null
      ? t("form.tooManyLater")
      : t("form.tooMany", { wait: formatWait(error.retryAfter, locale) });
  }
  return t("form.failed");
}

/**
 * The fields a 400 named (`body.password`, `body.post.id`, …) as this form's field errors: each
 * API field maps to an input id and a message in the reader's language; others are left out.
 */
export function fieldErrorsFrom(error: unknown, fields: Record<string, FieldError>): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const found = new Map<string, FieldError>();
  for (const name of error.fields) {
    const key = Object.keys(fields).find((field) => name === field || name.startsWith(`${field}.`));
    const field = key ? fields[key] : undefined;
    if (field) found.set(field.id, field);
  }
  return [...found.values()];
}
