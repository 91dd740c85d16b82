import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { PasswordField } from "../components/form/PasswordField.tsx";
import type { FieldError } from "../components/form/useFormErrors.ts";
import { checkNewPassword, MIN_PASSWORD_LENGTH } from "./passwords.ts";

/** A new password's error before sending: none, "enter a password" or "too short". */
export function newPasswordError(t: TFunction, id: string, password: string): FieldError | null {
  const problem = checkNewPassword(password);
  if (problem === "missing") return { id, message: t("password.missing") };
  if (problem === "tooShort") {
    return { id, message: t("password.tooShort", { min: MIN_PASSWORD_LENGTH }) };
  }
  return null;
}

/** The server refused the password (too common, too easy to guess, or too long). */
export function rejectedPassword(t: TFunction, id: string): FieldError {
  return { id, message: t("password.rejected") };
}

/** A new password, with the rules stated up front as the field's hint. */
export function NewPasswordField({
  id,
  error,
  value,
  onChange,
}: {
  id: string;
  error: string | null;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  return (
    <PasswordField
      id={id}
      label={t("password.new")}
      hint={t("password.rules", { min: MIN_PASSWORD_LENGTH })}
      error={error}
      value={value}
      onChange={onChange}
      isNew
    />
  );
}
