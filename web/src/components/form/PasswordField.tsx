import { useState } from "react";
import { useTranslation } from "react-i18next";
import { classes, describedBy, type FieldText, FormGroup } from "./FormGroup.tsx";

/** A password input with a "Show password" toggle; `isNew` picks the autocomplete hint. */
export function PasswordField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  isNew = false,
}: FieldText & { value: string; onChange(value: string): void; isNew?: boolean }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type={visible ? "text" : "password"}
        className={classes("usa-input", error && "usa-input--error")}
        autoComplete={isNew ? "new-password" : "current-password"}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
      />
      <button
        type="button"
        className="usa-button usa-button--unstyled haven-show-password"
        aria-controls={id}
        aria-pressed={visible}
        onClick={() => setVisible((shown) => !shown)}
      >
        {t("form.showPassword")}
      </button>
    </FormGroup>
  );
}
