import type { ReactNode } from "react";

function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

export interface FieldText {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

/** The ids a field's input is described by: its hint, then its error. */
export function describedBy({ id, hint, error }: FieldText): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** USWDS form group: label, hint, error message, then the control. */
export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: FieldText & { children: ReactNode }) {
  return (
    <div className={classes("usa-form-group", error && "usa-form-group--error")}>
      <label className={classes("usa-label", error && "usa-label--error")} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

export { classes };
