import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { completePasswordReset } from "../authApi.ts";
import { NewPasswordField, newPasswordError, rejectedPassword } from "../NewPasswordField.tsx";
import { ResetDone, ResetLinkInvalid } from "./ResetOutcome.tsx";

const PASSWORD_ID = "password-reset-password";

/** A token the API refused: unknown, used or expired (400 naming `body.token`, 404 or 410). */
function isBadToken(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 404 || error.status === 410) return true;
  return error.status === 400 && error.fields.some((field) => field.startsWith("body.token"));
}

/** `/password-reset/:token`: the new password; then sign in with it. */
export function PasswordResetCompletePage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("passwordReset.newTitle"));
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<"done" | "invalid" | null>(null);
  const [busy, run] = useBusy();
  const form = useFormErrors();

  if (outcome === "done") return <ResetDone />;
  if (outcome === "invalid") return <ResetLinkInvalid />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = newPasswordError(t, PASSWORD_ID, password);
    if (invalid) return form.show({ fields: [invalid] });
    void run(async () => {
      try {
        await completePasswordReset(token, password);
        setOutcome("done");
      } catch (error) {
        const fields = fieldErrorsFrom(error, {
          "body.password": rejectedPassword(t, PASSWORD_ID),
        });
        if (isBadToken(error)) setOutcome("invalid");
        else if (fields.length > 0) form.show({ fields });
        else form.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <div className="haven-narrow">
      <h1>{t("passwordReset.newTitle")}</h1>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <NewPasswordField
          id={PASSWORD_ID}
          error={form.fieldError(PASSWORD_ID)}
          value={password}
          onChange={setPassword}
        />
        <SubmitButton busy={busy}>{t("passwordReset.newSubmit")}</SubmitButton>
      </form>
    </div>
  );
}
