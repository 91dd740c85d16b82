import { useTranslation } from "react-i18next";
import { countryChoices } from "../appointments/person/choices.ts";
import { CheckboxGroup } from "../components/form/CheckboxGroup.tsx";
import { SelectField } from "../components/form/SelectField.tsx";
import { TextAreaField } from "../components/form/TextAreaField.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { HearingSlotField } from "../court/HearingSlotField.tsx";
import type { FormField } from "./commandsApi.ts";
import { fieldLabel, optionLabel } from "./labels.ts";

/** One field of a command's form, as its kind asks: a choice, a date, an amount, text. */
export function CommandField({
  id,
  caseId,
  type,
  field,
  value,
  error,
  onChange,
}: {
  id: string;
  caseId: string;
  /** The command's type, for a label of its own. */
  type: string;
  field: FormField;
  value: string | boolean | string[];
  error: string | null;
  onChange(value: string | boolean | string[]): void;
}) {
  const { t, i18n } = useTranslation();
  const label = `${fieldLabel(t, field.name, type)}${field.required ? "" : ` ${t("commandForm.optional")}`}`;
  const text = typeof value === "string" ? value : "";
  switch (field.kind) {
    case "boolean":
      return (
        <div className="usa-checkbox">
          <input
            className="usa-checkbox__input"
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor={id}>
            {fieldLabel(t, field.name, type)}
          </label>
        </div>
      );
    case "choice":
      return (
        <SelectField id={id} label={label} error={error} value={text} onChange={onChange}>
          <option value="">{t("commandForm.choose")}</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(t, field.name, option)}
            </option>
          ))}
        </SelectField>
      );
    case "choices":
      return (
        <CheckboxGroup
          id={id}
          legend={label}
          error={error}
          options={field.options.map((option) => ({
            value: option,
            label: optionLabel(t, field.name, option),
          }))}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
        />
      );
    case "country":
      return (
        <SelectField id={id} label={label} error={error} value={text} onChange={onChange}>
          <option value="">{t("commandForm.choose")}</option>
          {countryChoices(i18n.language).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
      );
    case "longText":
      return (
        <TextAreaField
          id={id}
          label={label}
          error={error}
          value={text}
          maxLength={field.maxLength ?? undefined}
          onChange={onChange}
        />
      );
    case "money":
      return (
        <TextField
          id={id}
          label={label}
          hint={t("commandForm.moneyHint")}
          error={error}
          value={text}
          inputMode="decimal"
          onChange={onChange}
        />
      );
    case "instant":
      return (
        <TextField
          id={id}
          label={label}
          hint={t("commandForm.timeHint", {
            zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          })}
          error={error}
          type="datetime-local"
          value={text}
          onChange={onChange}
        />
      );
    case "day":
      return (
        <TextField
          id={id}
          label={label}
          error={error}
          type="date"
          value={text}
          onChange={onChange}
        />
      );
    case "hearingSlot":
      return (
        <HearingSlotField
          id={id}
          caseId={caseId}
          label={label}
          error={error}
          value={text}
          onChange={onChange}
        />
      );
    case "list":
      return (
        <TextField
          id={id}
          label={label}
          hint={t("commandForm.listHint")}
          error={error}
          value={text}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextField
          id={id}
          label={label}
          error={error}
          value={text}
          maxLength={"maxLength" in field && field.maxLength ? field.maxLength : undefined}
          inputMode={field.kind === "integer" ? "numeric" : undefined}
          onChange={onChange}
        />
      );
  }
}
