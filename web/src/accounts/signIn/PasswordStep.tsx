import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { PasswordField } from "../../components/form/PasswordField.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import { IDENTIFIER_ID, PASSWORD_ID } from "./fieldIds.ts";

export function PasswordStep({
  form,
  busy,
  identifier,
  onIdentifier,
  password,
  onPassword,
  onSubmit,
}: {
  form: FormErrorState;
  busy: boolean;
  identifier: string;
  onIdentifier(value: string): void;
  password: string;
  onPassword(value: string): void;
  onSubmit(): void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("signIn.title"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <div className="haven-narrow">
      <h1>{t("signIn.title")}</h1>
      <p className="usa-intro">{t("signIn.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <TextField
          id={IDENTIFIER_ID}
          label={t("signIn.identifier")}
          hint={t("signIn.identifierHint")}
          error={form.fieldError(IDENTIFIER_ID)}
          value={identifier}
          onChange={onIdentifier}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
        />
        <PasswordField
          id={PASSWORD_ID}
          label={t("signIn.password")}
          error={form.fieldError(PASSWORD_ID)}
          value={password}
          onChange={onPassword}
        />
        <SubmitButton busy={busy}>{t("signIn.submit")}</SubmitButton>
      </form>
      <ul className="usa-list usa-list--unstyled haven-links">
        <li>
          <Link className="usa-link" href="/password-reset">
            {t("signIn.forgot")}
          </Link>
        </li>
        <li>
          {t("signIn.noAccount")}{" "}
          <Link className="usa-link" href="/register">
            {t("signIn.register")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
