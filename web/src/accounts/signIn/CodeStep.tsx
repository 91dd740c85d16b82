import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { CODE_ID } from "./fieldIds.ts";

/** The second step: the code from the authenticator app, or one of the recovery codes. */
export function CodeStep({
  form,
  busy,
  code,
  onCode,
  recovery,
  onToggleRecovery,
  onSubmit,
  onStartOver,
}: {
  form: FormErrorState;
  busy: boolean;
  code: string;
  onCode(value: string): void;
  recovery: boolean;
  onToggleRecovery(): void;
  onSubmit(): void;
  onStartOver(): void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("signIn.codeTitle"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <div className="haven-narrow">
      <FocusHeading>{t("signIn.codeTitle")}</FocusHeading>
      <p className="usa-intro">{recovery ? t("signIn.recoveryIntro") : t("signIn.codeIntro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        {recovery ? (
          <TextField
            key="recovery"
            id={CODE_ID}
            label={t("signIn.recoveryCode")}
            hint={t("signIn.recoveryHint")}
            error={form.fieldError(CODE_ID)}
            value={code}
            onChange={onCode}
            autoComplete="one-time-code"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className="haven-code"
          />
        ) : (
          <TextField
            key="code"
            id={CODE_ID}
            label={t("signIn.code")}
            hint={t("signIn.codeHint")}
            error={form.fieldError(CODE_ID)}
            value={code}
            onChange={onCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            className="haven-code"
          />
        )}
        <SubmitButton busy={busy}>{t("signIn.verify")}</SubmitButton>
      </form>
      <ul className="usa-list usa-list--unstyled haven-links">
        <li>
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={onToggleRecovery}
          >
            {recovery ? t("signIn.useCode") : t("signIn.useRecovery")}
          </button>
        </li>
        <li>
          <button type="button" className="usa-button usa-button--unstyled" onClick={onStartOver}>
            {t("signIn.startOver")}
          </button>
        </li>
      </ul>
    </div>
  );
}
