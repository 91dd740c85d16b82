import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { LanguageSelect } from "../../components/form/LanguageSelect.tsx";
import { RadioGroup } from "../../components/form/RadioGroup.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import type { Language } from "../../i18n/languages.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import { NewPasswordField } from "../NewPasswordField.tsx";
import { FIELD_IDS } from "./fieldIds.ts";

export type ContactMethod = "email" | "phone";

export function RegisterView(props: {
  form: FormErrorState;
  busy: boolean;
  method: ContactMethod;
  onMethod(method: ContactMethod): void;
  contact: string;
  onContact(value: string): void;
  password: string;
  onPassword(value: string): void;
  language: Language;
  onLanguage(language: Language): void;
  onSubmit(): void;
}) {
  const { t } = useTranslation();
  const { form, method } = props;
  useDocumentTitle(t("register.title"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <div className="haven-narrow">
      <h1>{t("register.title")}</h1>
      <p className="usa-intro">{t("register.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <RadioGroup
          name="register-method"
          legend={t("register.method")}
          options={[
            { value: "email", label: t("register.byEmail") },
            { value: "phone", label: t("register.byPhone") },
          ]}
          value={method}
          onChange={props.onMethod}
        />
        {method === "email" ? (
          <TextField
            key="email"
            id={FIELD_IDS.email}
            type="email"
            label={t("register.email")}
            hint={t("register.emailHint")}
            error={form.fieldError(FIELD_IDS.email)}
            value={props.contact}
            onChange={props.onContact}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        ) : (
          <TextField
            key="phone"
            id={FIELD_IDS.phone}
            type="tel"
            label={t("register.phone")}
            hint={t("register.phoneHint")}
            error={form.fieldError(FIELD_IDS.phone)}
            value={props.contact}
            onChange={props.onContact}
            autoComplete="username"
            inputMode="tel"
          />
        )}
        <NewPasswordField
          id={FIELD_IDS.password}
          error={form.fieldError(FIELD_IDS.password)}
          value={props.password}
          onChange={props.onPassword}
        />
        <LanguageSelect
          id={FIELD_IDS.language}
          value={props.language}
          onChange={props.onLanguage}
        />
        <SubmitButton busy={props.busy}>{t("register.submit")}</SubmitButton>
      </form>
      <p className="haven-links">
        {t("register.haveAccount")}{" "}
        <Link className="usa-link" href="/sign-in">
          {t("register.signIn")}
        </Link>
      </p>
    </div>
  );
}
