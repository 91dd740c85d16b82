import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isTooManyAttempts, requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import { requestPasswordReset } from "../authApi.ts";
import { ResetLinkSent } from "./ResetLinkSent.tsx";

const IDENTIFIER_ID = "password-reset-identifier";

/** `/password-reset`: asks for the identifier; the answer never says whether an account exists. */
export function PasswordResetRequestPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("passwordReset.title"));
  const [identifier, setIdentifier] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, run] = useBusy();
  const form = useFormErrors();

  if (sentTo !== null) return <ResetLinkSent identifier={sentTo} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = identifier.trim();
    if (!value) {
      const message = t("signIn.identifierMissing");
      return form.show({ fields: [{ id: IDENTIFIER_ID, message }] });
    }
    void run(async () => {
      try {
        await requestPasswordReset(value);
        setSentTo(value);
      } catch (error) {
        // Only "wait" and "could not send" are told apart: nothing hints whether the account exists.
        if (isTooManyAttempts(error))
          form.show({ message: requestFailure(t, i18n.language, error) });
        else form.show({ message: t("form.failed") });
      }
    });
  };

  return (
    <div className="haven-narrow">
      <h1>{t("passwordReset.title")}</h1>
      <p className="usa-intro">{t("passwordReset.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <TextField
          id={IDENTIFIER_ID}
          label={t("signIn.identifier")}
          error={form.fieldError(IDENTIFIER_ID)}
          value={identifier}
          onChange={setIdentifier}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
        />
        <SubmitButton busy={busy}>{t("passwordReset.submit")}</SubmitButton>
      </form>
      <p className="haven-links">
        <Link className="usa-link" href="/sign-in">
          {t("passwordReset.backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
