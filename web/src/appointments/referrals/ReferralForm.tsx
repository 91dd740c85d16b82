import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { PersonFields } from "../person/PersonFields.tsx";
import {
  emptyPerson,
  type PersonField,
  personErrors,
  personFieldId,
  toPersonInput,
} from "../person/personDraft.ts";
import { CATEGORIES, type Category, refer } from "../referralsApi.ts";
import { categoryLabel } from "./referralLabels.ts";

const PREFIX = "referral";
const IDS = { category: "referral-category", note: "referral-note" };
const PERSON_FIELDS: PersonField[] = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "nationality",
  "languages",
];

/** A screener refers one person for a humanitarian exception; the queue reloads on success. */
export function ReferralForm({ onReferred }: { onReferred(): void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [person, setPerson] = useState(emptyPerson);
  const [category, setCategory] = useState("");
  const [note, setNote] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const [busy, run] = useBusy();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const fields: FieldError[] = personErrors(t, locale, PREFIX, person);
    if (!category) fields.push({ id: IDS.category, message: t("referrals.categoryMissing") });
    if (fields.length > 0) return form.show({ fields });
    void run(async () => {
      try {
        await refer({
          person: toPersonInput(person),
          category: category as Category,
          note: note.trim() || undefined,
        });
        setSent(`${person.givenName} ${person.familyName}`.trim());
        setPerson(emptyPerson());
        setCategory("");
        setNote("");
        form.clear();
        onReferred();
      } catch (error) {
        const named = Object.fromEntries(
          PERSON_FIELDS.map((field) => [
            `body.person.${field}`,
            { id: personFieldId(PREFIX, field, locale), message: t(`person.${field}Invalid`) },
          ]),
        );
        const fields = fieldErrorsFrom(error, {
          ...named,
          "body.category": { id: IDS.category, message: t("referrals.categoryMissing") },
        });
        if (fields.length > 0) form.show({ fields });
        else form.show({ message: requestFailure(t, locale, error) });
      }
    });
  };

  return (
    <section aria-labelledby="refer-heading" className="haven-narrow">
      <h2 id="refer-heading">{t("referrals.referHeading")}</h2>
      <p>{t("referrals.referIntro")}</p>
      {sent && (
        <div
          className="usa-alert usa-alert--success usa-alert--slim"
          role="status"
          data-testid="referral-sent"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("referrals.sent", { name: sent })}</p>
          </div>
        </div>
      )}
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <PersonFields
          prefix={PREFIX}
          draft={person}
          onChange={setPerson}
          fieldError={form.fieldError}
          autofill="off"
        />
        <SelectField
          id={IDS.category}
          label={t("referrals.categoryLabel")}
          error={form.fieldError(IDS.category)}
          value={category}
          onChange={setCategory}
        >
          <option value="">{t("referrals.chooseCategory")}</option>
          {CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {categoryLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={IDS.note}
          label={`${t("referrals.note")} (${t("form.optional")})`}
          hint={t("referrals.noteHint")}
          value={note}
          onChange={setNote}
          rows={4}
        />
        <SubmitButton busy={busy}>{t("referrals.submit")}</SubmitButton>
      </form>
    </section>
  );
}
