import type { ReactNode } from "react";
import { classes } from "./FormGroup.tsx";

export interface CheckboxOption {
  value: string;
  label: string;
  lang?: string;
}

/** A USWDS fieldset of checkboxes; `id` is the first box's, for links from the error summary. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  className,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  className?: string;
}) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset
      className={classes("usa-fieldset usa-form-group", error && "usa-form-group--error")}
      aria-describedby={described || undefined}
    >
      <legend className={classes("usa-legend", error && "usa-label--error")}>{legend}</legend>
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
      <div className={className}>
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="usa-checkbox">
              <input
                className="usa-checkbox__input"
                id={boxId}
                type="checkbox"
                name={id}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className="usa-checkbox__label" htmlFor={boxId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
