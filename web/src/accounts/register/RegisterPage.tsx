import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { type Language, matchLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../platform/http.ts";
import { navigate } from "../../routing/navigation.ts";
import { Redirect } from "../../routing/Redirect.tsx";
import { register } from "../authApi.ts";
import { newPasswordError, rejectedPassword } from "../NewPasswordField.tsx";
import { useSession } from "../session/SessionContext.tsx";
import { FIELD_IDS } from "./fieldIds.ts";
import { type ContactMethod, RegisterView } from "./RegisterView.tsx";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API takes E.164 (`+15551234567`); people may type spaces, dashes and brackets. */
const PHONE = /^\+[1-9]\d{6,14}$/;

function normalize(method: ContactMethod, value: string): string {
  return method === "phone" ? value.replace(/[\s().-]/g, "") : value.trim();
}

/** Registration: the applicant's own account, by e-mail or phone, signed in on success. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { account, setAccount } = useSession();
  const [method, setMethod] = useState<ContactMethod>("email");
  const [contact, setContact] = useState({ email: "", phone: "" });
  const [password, setPassword] = useState("");
  const [language, setLanguage] = useState<Language>(matchLanguage(i18n.language) ?? "en");
  const [busy, run] = useBusy();
  const form = useFormErrors();

  if (account && !busy) return <Redirect to="/" />;

  const contactError = (): FieldError | null => {
    const value = normalize(method, contact[method]);
    const id = FIELD_IDS[method];
    if (method === "email") {
      if (!value) return { id, message: t("register.emailMissing") };
      return EMAIL.test(value) ? null : { id, message: t("register.emailInvalid") };
    }
    if (!value) return { id, message: t("register.phoneMissing") };
    return PHONE.test(value) ? null : { id, message: t("register.phoneInvalid") };
  };

  const submit = () => {
    const fields = [contactError(), newPasswordError(t, FIELD_IDS.password, password)].filter(
      (field) => field !== null,
    );
    if (fields.length > 0) return form.show({ fields });
    void run(async () => {
      try {
        const value = normalize(method, contact[method]);
        setAccount(await register({ [method]: value }, password, language));
        navigate("/");
      } catch (error) {
        const taken = error instanceof ApiError && error.status === 409;
        const fields = fieldErrorsFrom(error, {
          "body.email": { id: FIELD_IDS.email, message: t("register.emailInvalid") },
          "body.phone": { id: FIELD_IDS.phone, message: t("register.phoneInvalid") },
          "body.password": rejectedPassword(t, FIELD_IDS.password),
        });
        if (taken) form.show({ message: t("register.taken") });
        else if (fields.length > 0) form.show({ fields });
        else form.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <RegisterView
      form={form}
      busy={busy}
      method={method}
      onMethod={(next) => {
        form.clear();
        setMethod(next);
      }}
      contact={contact[method]}
      onContact={(value) => setContact((current) => ({ ...current, [method]: value }))}
      password={password}
      onPassword={setPassword}
      language={language}
      onLanguage={setLanguage}
      onSubmit={submit}
    />
  );
}
