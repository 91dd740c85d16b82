import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { formatNumber } from "../../i18n/format.ts";
import { CLAIM_MAX_LENGTH, claimRegistration, type Registration } from "../appointmentsApi.ts";

/**
 * "Someone registered in my name": the applicant says so in their own words, and an officer
 * checks. The answer is the same whether or not anyone else is registered (8 CFR 208.6), so the
 * page says only that the claim is recorded.
 */
export function ClaimForm({ registration }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [statement, setStatement] = useState("");
  const [recorded, setRecorded] = useState(false);
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const id = `claim-${registration.id}-statement`;
  const missing: FieldError = { id, message: t("appointments.claim.statementMissing") };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = statement.trim();
    if (!text) return form.show({ fields: [missing] });
    if (text.length > CLAIM_MAX_LENGTH) {
      const max = formatNumber(CLAIM_MAX_LENGTH, locale);
      return form.show({ fields: [{ id, message: t("appointments.claim.tooLong", { max }) }] });
    }
    void run(async () => {
      try {
        await claimRegistration(registration.id, text);
        form.clear();
        setStatement("");
        setRecorded(true);
      } catch (error) {
        const named = fieldErrorsFrom(error, { "body.statement": missing });
        if (named.length > 0) form.show({ fields: named });
        else form.show({ message: requestFailure(t, locale, error) });
      }
    });
  };

  return (
    <details className="haven-claim" data-testid="claim">
      <summary>{t("appointments.claim.heading")}</summary>
      <p>{t("appointments.claim.intro")}</p>
      {recorded && (
        <div
          className="usa-alert usa-alert--success usa-alert--slim"
          role="status"
          data-testid="claim-recorded"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("appointments.claim.recorded")}</p>
          </div>
        </div>
      )}
      <form className="usa-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} summaryRef={form.summary} />
        <TextAreaField
          id={id}
          label={t("appointments.claim.statement")}
          hint={t("appointments.claim.statementHint")}
          error={form.fieldError(id)}
          value={statement}
          onChange={setStatement}
          rows={3}
        />
        <SubmitButton busy={busy}>{t("appointments.claim.submit")}</SubmitButton>
      </form>
    </details>
  );
}
