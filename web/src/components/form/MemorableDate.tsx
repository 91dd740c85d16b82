import { useTranslation } from "react-i18next";
import { type DateParts, dateOrder, datePartId } from "./dateParts.ts";
import { classes } from "./FormGroup.tsx";

/**
 * The USWDS memorable date: day, month (a select of month names) and year, in the order the
 * reader's locale writes dates, under one legend. `autoComplete` is the prefix of the bday tokens
 * (`bday` for the account holder, `section-x bday` for someone else, or `off`).
 */
export function MemorableDate({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  autoComplete = "off",
}: {
  id: string;
  legend: string;
  hint: string;
  error?: string | null;
  value: DateParts;
  onChange(value: DateParts): void;
  autoComplete?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  const token = (part: string) => (autoComplete === "off" ? "off" : `${autoComplete}-${part}`);
  const input = (part: "day" | "year") => (
    <div key={part} className={`usa-form-group usa-form-group--${part}`}>
      <label className="usa-label" htmlFor={datePartId(id, part)}>
        {t(`date.${part}`)}
      </label>
      <input
        id={datePartId(id, part)}
        name={datePartId(id, part)}
        className={classes("usa-input", error && "usa-input--error")}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={part === "day" ? 2 : 4}
        autoComplete={token(part)}
        value={value[part]}
        onChange={(event) => onChange({ ...value, [part]: event.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
  const month = (
    <div key="month" className="usa-form-group usa-form-group--month usa-form-group--select">
      <label className="usa-label" htmlFor={datePartId(id, "month")}>
        {t("date.month")}
      </label>
      <select
        id={datePartId(id, "month")}
        name={datePartId(id, "month")}
        className={classes("usa-select", error && "usa-input--error")}
        autoComplete={token("month")}
        value={value.month}
        onChange={(event) => onChange({ ...value, month: event.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      >
        <option value="">{t("date.chooseMonth")}</option>
        {t("date.monthNames")
          .split(",")
          .map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
      </select>
    </div>
  );
  return (
    <fieldset className={classes("usa-fieldset usa-form-group", error && "usa-form-group--error")}>
      <legend className={classes("usa-legend", error && "usa-label--error")}>{legend}</legend>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <div className="usa-memorable-date">
        {dateOrder(locale).map((part) => (part === "month" ? month : input(part)))}
      </div>
    </fieldset>
  );
}
