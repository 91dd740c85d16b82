import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { countryChoices } from "../appointments/person/choices.ts";
import { requestFailure } from "../components/form/apiErrors.ts";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { MemorableDate } from "../components/form/MemorableDate.tsx";
import { RadioGroup } from "../components/form/RadioGroup.tsx";
import { SelectField } from "../components/form/SelectField.tsx";
import { SubmitButton } from "../components/form/SubmitButton.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { useBusy } from "../components/form/useBusy.ts";
import { useFormErrors } from "../components/form/useFormErrors.ts";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { FacilityCard, NotFound } from "./LocatorResult.tsx";
import { type LocatorAnswer, searchDetainee } from "./locatorApi.ts";
import {
  apiFieldErrors,
  draftErrors,
  EMPTY_DRAFT,
  fieldId,
  LOCATOR_IDS,
  type LocatorDraft,
  type SearchKind,
  toSearch,
} from "./locatorDraft.ts";

/**
 * `/locator`: anyone, signed in or not, may look for an adult in ICE detention by A-number or by
 * name and date of birth, with the country of birth. The answer is a facility, or one and the same
 * "no match" whatever the reason (the locator never says whether someone applied or has a case).
 */
export function LocatorPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  useDocumentTitle(t("locator.title"));
  const [draft, setDraft] = useState<LocatorDraft>(EMPTY_DRAFT);
  const [answer, setAnswer] = useState<LocatorAnswer | null>(null);
  const [searches, setSearches] = useState(0);
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const set = (patch: Partial<LocatorDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const error = (field: Parameters<typeof fieldId>[0]) => form.fieldError(fieldId(field, locale));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const today = new Date().toISOString().slice(0, 10);
    const problems = draftErrors(t, locale, draft, today);
    if (problems.length > 0) {
      setAnswer(null);
      return form.show({ fields: problems });
    }
    void run(async () => {
      try {
        const found = await searchDetainee(toSearch(draft));
        form.clear();
        setAnswer(found);
        setSearches((n) => n + 1);
      } catch (failure) {
        setAnswer(null);
        const fields = apiFieldErrors(t, locale, failure);
        if (fields.length > 0) form.show({ fields });
        else form.show({ message: requestFailure(t, locale, failure) });
      }
    });
  };

  const kinds: { value: SearchKind; label: string }[] = [
    { value: "aNumber", label: t("locator.byANumber") },
    { value: "name", label: t("locator.byName") },
  ];

  return (
    <div className="haven-narrow">
      <h1>{t("locator.title")}</h1>
      <p className="usa-intro">{t("locator.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <RadioGroup
          name={LOCATOR_IDS.by}
          legend={t("locator.searchBy")}
          options={kinds}
          value={draft.by}
          onChange={(by) => {
            form.clear();
            setAnswer(null);
            set({ by });
          }}
        />
        {draft.by === "aNumber" ? (
          <TextField
            id={LOCATOR_IDS.aNumber}
            label={t("locator.aNumber")}
            hint={t("locator.aNumberHint")}
            error={error("aNumber")}
            value={draft.aNumber}
            onChange={(aNumber) => set({ aNumber })}
            autoComplete="off"
            inputMode="numeric"
            spellCheck={false}
          />
        ) : (
          <>
            <TextField
              id={LOCATOR_IDS.givenName}
              label={t("locator.givenName")}
              hint={t("locator.nameHint")}
              error={error("givenName")}
              value={draft.givenName}
              onChange={(givenName) => set({ givenName })}
              autoComplete="off"
              spellCheck={false}
            />
            <TextField
              id={LOCATOR_IDS.familyName}
              label={t("locator.familyName")}
              error={error("familyName")}
              value={draft.familyName}
              onChange={(familyName) => set({ familyName })}
              autoComplete="off"
              spellCheck={false}
            />
            <MemorableDate
              id={LOCATOR_IDS.dateOfBirth}
              legend={t("locator.dateOfBirth")}
              hint={t("locator.dateOfBirthHint")}
              error={error("dateOfBirth")}
              value={draft.birth}
              onChange={(birth) => set({ birth })}
            />
          </>
        )}
        <SelectField
          id={LOCATOR_IDS.countryOfBirth}
          label={t("locator.countryOfBirth")}
          error={error("countryOfBirth")}
          value={draft.countryOfBirth}
          onChange={(countryOfBirth) => set({ countryOfBirth })}
          autoComplete="off"
        >
          <option value="">{t("locator.chooseCountry")}</option>
          {countryChoices(locale).map((country) => (
            <option key={country.value} value={country.value}>
              {country.label}
            </option>
          ))}
        </SelectField>
        <SubmitButton busy={busy}>{t("locator.submit")}</SubmitButton>
      </form>
      <div aria-live="polite">
        {answer?.found === true && <FacilityCard key={searches} facility={answer.facility} />}
        {answer?.found === false && <NotFound key={searches} />}
      </div>
      <p className="usa-hint margin-top-4">{t("locator.privacy")}</p>
    </div>
  );
}
