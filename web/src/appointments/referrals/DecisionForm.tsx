import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { type Decision, decide, type Referral } from "../referralsApi.ts";

/** An officer grants or refuses one referral; the reason is required either way. */
export function DecisionForm({ referral, onDecided }: { referral: Referral; onDecided(): void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const id = `decision-${referral.id}-reason`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const decision = (submitter?.getAttribute("value") ?? "granted") as Decision;
    if (!reason.trim())
      return form.show({ fields: [{ id, message: t("referrals.reasonMissing") }] });
    void run(async () => {
      try {
        await decide(referral.id, decision, reason.trim());
        onDecided();
      } catch (error) {
        const refused = error instanceof ApiError && error.status === 422;
        form.show({
          message: refused ? t("referrals.engineRefused") : requestFailure(t, i18n.language, error),
        });
      }
    });
  };

  return (
    <form className="usa-form haven-decision" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <TextAreaField
        id={id}
        label={t("referrals.decisionReason")}
        hint={t("referrals.decisionReasonHint")}
        error={form.fieldError(id)}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <div className="haven-actions">
        <button
          type="submit"
          name="decision"
          value="granted"
          className="usa-button"
          aria-disabled={busy || undefined}
        >
          {t("referrals.grant")}
          <span className="usa-sr-only">: {referral.person.displayName}</span>
        </button>
        <button
          type="submit"
          name="decision"
          value="refused"
          className="usa-button usa-button--secondary"
          aria-disabled={busy || undefined}
        >
          {t("referrals.refuse")}
          <span className="usa-sr-only">: {referral.person.displayName}</span>
        </button>
      </div>
    </form>
  );
}
