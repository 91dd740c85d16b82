import type { InputHTMLAttributes } from "react";
import { classes, describedBy, type FieldText, FormGroup } from "./FormGroup.tsx";

export type TextFieldProps = FieldText &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value"> & {
    value: string;
    onChange(value: string): void;
  };

/** A labelled USWDS text input; its hint and error are tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  className,
  type = "text",
  ...input
}: TextFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        type={type}
        className={classes("usa-input", error && "usa-input--error", className)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
      />
    </FormGroup>
  );
}
