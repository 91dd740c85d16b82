import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";

export function ResetDone() {
  const { t } = useTranslation();
  useDocumentTitle(t("passwordReset.doneTitle"));
  return (
    <div className="haven-narrow">
      <FocusHeading>{t("passwordReset.doneTitle")}</FocusHeading>
      <p className="usa-intro">{t("passwordReset.doneBody")}</p>
      <p>
        <Link className="usa-button" href="/sign-in">
          {t("signIn.submit")}
        </Link>
      </p>
    </div>
  );
}

export function ResetLinkInvalid() {
  const { t } = useTranslation();
  useDocumentTitle(t("passwordReset.invalidTitle"));
  return (
    <div className="haven-narrow">
      <FocusHeading>{t("passwordReset.invalidTitle")}</FocusHeading>
      <p className="usa-intro">{t("passwordReset.invalidBody")}</p>
      <p>
        <Link className="usa-link" href="/password-reset">
          {t("passwordReset.requestNew")}
        </Link>
      </p>
    </div>
  );
}
