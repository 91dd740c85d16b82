import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "../../components/form/CheckboxGroup.tsx";
import { MemorableDate } from "../../components/form/MemorableDate.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { countryChoices, languageChoices } from "./choices.ts";
import { type PersonDraft, type PersonField, personFieldId, personIds } from "./personDraft.ts";

/**
 * Autofill for this person's fields: `self` uses the browser's own tokens (given-name, bday…),
 * `section-…` keeps another person's apart from the account holder's, `off` turns it off.
 */
export type PersonAutofill = "self" | `section-${string}` | "off";

function token(autofill: PersonAutofill, name: string): string {
  if (autofill === "off") return "off";
  return autofill === "self" ? name : `${autofill} ${name}`;
}

/** One person's fields: names in Latin letters and in their own script, birth, nationality, languages. */
export function PersonFields({
  prefix,
  draft,
  onChange,
  fieldError,
  autofill,
}: {
  prefix: string;
  draft: PersonDraft;
  onChange(draft: PersonDraft): void;
  fieldError(id: string): string | null;
  autofill: PersonAutofill;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const ids = personIds(prefix);
  const error = (field: PersonField) => fieldError(personFieldId(prefix, field, locale));
  const set = (patch: Partial<PersonDraft>) => onChange({ ...draft, ...patch });
  const nativeLang = draft.languages[0];
  return (
    <>
      <TextField
        id={ids.givenName}
        label={t("person.givenName")}
        hint={t("person.latinHint")}
        error={error("givenName")}
        value={draft.givenName}
        onChange={(givenName) => set({ givenName })}
        autoComplete={token(autofill, "given-name")}
        spellCheck={false}
      />
      <TextField
        id={ids.familyName}
        label={t("person.familyName")}
        error={error("familyName")}
        value={draft.familyName}
        onChange={(familyName) => set({ familyName })}
        autoComplete={token(autofill, "family-name")}
        spellCheck={false}
      />
      <TextField
        id={ids.nativeGivenName}
        label={`${t("person.nativeGivenName")} (${t("form.optional")})`}
        hint={t("person.nativeHint")}
        error={error("nativeGivenName")}
        value={draft.nativeGivenName}
        onChange={(nativeGivenName) => set({ nativeGivenName })}
        autoComplete="off"
        spellCheck={false}
        lang={nativeLang}
      />
      <TextField
        id={ids.nativeFamilyName}
        label={`${t("person.nativeFamilyName")} (${t("form.optional")})`}
        error={error("nativeFamilyName")}
        value={draft.nativeFamilyName}
        onChange={(nativeFamilyName) => set({ nativeFamilyName })}
        autoComplete="off"
        spellCheck={false}
        lang={nativeLang}
      />
      <MemorableDate
        id={ids.dateOfBirth}
        legend={t("person.dateOfBirth")}
        hint={t("person.dateOfBirthHint")}
        error={error("dateOfBirth")}
        value={draft.birth}
        onChange={(birth) => set({ birth })}
        autoComplete={autofill === "off" ? "off" : token(autofill, "bday")}
      />
      <SelectField
        id={ids.nationality}
        label={t("person.nationality")}
        error={error("nationality")}
        value={draft.nationality}
        onChange={(nationality) => set({ nationality })}
        autoComplete="off"
      >
        <option value="">{t("person.chooseNationality")}</option>
        {countryChoices(locale).map((country) => (
          <option key={country.value} value={country.value}>
            {country.label}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        id={ids.languages}
        legend={t("person.languages")}
        hint={t("person.languagesHint")}
        error={error("languages")}
        options={languageChoices(locale)}
        value={draft.languages}
        onChange={(languages) => set({ languages })}
        className="haven-checkbox-grid"
      />
    </>
  );
}
