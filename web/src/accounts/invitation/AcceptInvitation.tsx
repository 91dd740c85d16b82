import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formErrorsFrom } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { type Language, matchLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../platform/http.ts";
import { navigate } from "../../routing/navigation.ts";
import { acceptInvitation, type Invitation } from "../authApi.ts";
import { newPasswordError, rejectedPassword } from "../NewPasswordField.tsx";
import { SECOND_FACTOR_PATH } from "../session/RequireAccount.tsx";
import { useSession } from "../session/SessionContext.tsx";
import { LANGUAGE_ID, PASSWORD_ID } from "./fieldIds.ts";
import { InvitationInvalid } from "./InvitationInvalid.tsx";
import { InvitationView } from "./InvitationView.tsx";

export function AcceptInvitation({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const { setAccount } = useSession();
  const [password, setPassword] = useState("");
  const [language, setLanguage] = useState<Language>(matchLanguage(i18n.language) ?? "en");
  const [gone, setGone] = useState(false);
  const [busy, run] = useBusy();
  const form = useFormErrors();

  if (gone) return <InvitationInvalid />;

  const submit = () => {
    const invalid = newPasswordError(t, PASSWORD_ID, password);
    if (invalid) return form.show({ fields: [invalid] });
    void run(async () => {
      try {
        const result = await acceptInvitation(token, password, language);
        setAccount({ ...result.account, mfa: "enrol" });
        navigate(SECOND_FACTOR_PATH);
      } catch (error) {
        if (error instanceof ApiError && [404, 410].includes(error.status)) return setGone(true);
        form.show(
          formErrorsFrom(t, i18n.language, error, {
            "body.password": rejectedPassword(t, PASSWORD_ID),
            "body.preferredLanguage": {
              id: LANGUAGE_ID,
              message: t("form.preferredLanguageInvalid"),
            },
          }),
        );
      }
    });
  };

  return (
    <InvitationView
      invitation={invitation}
      form={form}
      busy={busy}
      password={password}
      onPassword={setPassword}
      language={language}
      onLanguage={setLanguage}
      onSubmit={submit}
    />
  );
}
