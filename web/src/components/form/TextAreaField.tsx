import type { TextareaHTMLAttributes } from "react";
import { classes, describedBy, type FieldText, FormGroup } from "./FormGroup.tsx";

/** A labelled USWDS textarea, its hint and error tied to it like a TextField's. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...rest
}: FieldText &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value"> & {
    value: string;
    onChange(value: string): void;
  }) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        {...rest}
        id={id}
        name={rest.name ?? id}
        className={classes("usa-textarea", error && "usa-input--error")}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
      />
    </FormGroup>
  );
}
