import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../i18n/languages.ts";
import { SelectField } from "./SelectField.tsx";

/** The account's preferred language: each language named in its own, marked with its `lang`. */
export function LanguageSelect({
  id,
  value,
  onChange,
  error = null,
}: {
  id: string;
  value: Language;
  onChange(value: Language): void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t("form.preferredLanguage")}
      hint={t("form.preferredLanguageHint")}
      value={value}
      error={error}
      onChange={(code) => onChange(code as Language)}
    >
      {LANGUAGES.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </SelectField>
  );
}
