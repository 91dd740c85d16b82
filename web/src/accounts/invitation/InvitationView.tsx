import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { LanguageSelect } from "../../components/form/LanguageSelect.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { postKindLabel, roleLabel } from "../../i18n/labels.ts";
import type { Language } from "../../i18n/languages.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { Invitation } from "../authApi.ts";
import { NewPasswordField } from "../NewPasswordField.tsx";
import { LANGUAGE_ID, PASSWORD_ID } from "./fieldIds.ts";

export function InvitationView(props: {
  invitation: Invitation;
  form: FormErrorState;
  busy: boolean;
  password: string;
  onPassword(value: string): void;
  language: Language;
  onLanguage(language: Language): void;
  onSubmit(): void;
}) {
  const { t, i18n } = useTranslation();
  const { invitation, form } = props;
  useDocumentTitle(t("invitation.title"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <div className="haven-narrow">
      <h1>{t("invitation.title")}</h1>
      <p className="usa-intro">{t("invitation.intro")}</p>
      <dl className="haven-summary" data-testid="invitation-summary">
        <div>
          <dt>{t("invitation.role")}</dt>
          <dd data-role={invitation.role}>{roleLabel(t, invitation.role)}</dd>
        </div>
        {invitation.post && (
          <div>
            <dt>{postKindLabel(t, invitation.post.kind)}</dt>
            <dd>{invitation.post.name}</dd>
          </div>
        )}
        <div>
          <dt>{t("invitation.email")}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t("invitation.expires")}</dt>
          <dd>
            <time dateTime={invitation.expiresAt}>
              {formatDateTime(invitation.expiresAt, i18n.language)}
            </time>
          </dd>
        </div>
      </dl>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        <NewPasswordField
          id={PASSWORD_ID}
          error={form.fieldError(PASSWORD_ID)}
          value={props.password}
          onChange={props.onPassword}
        />
        <LanguageSelect
          id={LANGUAGE_ID}
          error={form.fieldError(LANGUAGE_ID)}
          value={props.language}
          onChange={props.onLanguage}
        />
        <p className="usa-hint">{t("invitation.next")}</p>
        <SubmitButton busy={props.busy}>{t("invitation.submit")}</SubmitButton>
      </form>
    </div>
  );
}
