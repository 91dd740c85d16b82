import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** A message about one field, shown beside it and linked from the error summary. */
export interface FieldError {
  /** The `id` of the field's input. */
  id: string;
  message: string;
}

/** What is wrong with a form: a message about it as a whole, and messages about fields. */
export interface FormErrors {
  message: string | null;
  fields: FieldError[];
}

export const NO_ERRORS: FormErrors = { message: null, fields: [] };

export interface FormErrorState {
  errors: FormErrors;
  /** Shows these errors and moves focus to the error summary. */
  show(errors: Partial<FormErrors>): void;
  clear(): void;
  /** The message for the field with this input id, if any. */
  fieldError(id: string): string | null;
  summary: RefObject<HTMLDivElement | null>;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.message !== null || errors.fields.length > 0;
}

export function useFormErrors(): FormErrorState {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);
  const show = useCallback((next: Partial<FormErrors>) => {
    setErrors({ message: next.message ?? null, fields: next.fields ?? [] });
    setShown((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrors(NO_ERRORS), []);
  const fieldError = (id: string) =>
    errors.fields.find((field) => field.id === id)?.message ?? null;
  return { errors, show, clear, fieldError, summary };
}
