export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

/** A USWDS fieldset of radio buttons under a legend. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="usa-fieldset usa-form-group">
      <legend className="usa-legend">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
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
