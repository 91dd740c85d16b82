import type { TFunction } from "i18next";
import { ApiError } from "../../platform/http.ts";
import type { FieldError, FormErrors } from "./useFormErrors.ts";

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

/**
 * A failed request as this form's errors, losing none: the fields it named beside their inputs,
 * and a message for the whole form when it named a field the form has no input for, or when its
 * fields do not explain it (the connection, a 429).
 */
export function formErrorsFrom(
  t: TFunction,
  locale: string,
  error: unknown,
  fields: Record<string, FieldError>,
): Partial<FormErrors> {
  const shown = fieldErrorsFrom(error, fields);
  const named = error instanceof ApiError ? error.fields : [];
  const unshown = named.some(
    (name) => !Object.keys(fields).some((field) => name === field || name.startsWith(`${field}.`)),
  );
  if (named.length === 0) return { fields: shown, message: requestFailure(t, locale, error) };
  return { fields: shown, message: unshown ? t("form.notAccepted") : null };
}
