import { classes } from "./FormGroup.tsx";

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

/** The id of a radio button: the error summary links to the first one's. */
export function radioId(name: string, value: string): string {
  return `${name}-${value}`;
}

/** A USWDS fieldset of radio buttons under a legend; an error shows under the legend. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  /** The value chosen; "" when none is yet. */
  value: T | "";
  onChange(value: T): void;
  error?: string | null;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={classes("usa-fieldset usa-form-group", error && "usa-form-group--error")}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={classes("usa-legend", error && "usa-label--error")}>{legend}</legend>
      {error && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      {options.map((option) => {
        const id = radioId(name, option.value);
        return (
          <div key={option.value} className="usa-radio">
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={id}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="usa-radio__label" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
