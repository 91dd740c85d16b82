import type { ReactNode } from "react";
import { classes, describedBy, type FieldText, FormGroup } from "./FormGroup.tsx";

/** A labelled USWDS select; `children` are its options. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete,
  children,
}: FieldText & {
  value: string;
  onChange(value: string): void;
  autoComplete?: string;
  children: ReactNode;
}) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className={classes("usa-select", error && "usa-input--error")}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
      >
        {children}
      </select>
    </FormGroup>
  );
}
