import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { Link } from "../routing/navigation.ts";

export function WelcomeView() {
  const { t } = useTranslation();
  useDocumentTitle(t("home.welcomeTitle"));
  return (
    <div className="haven-narrow">
      <h1>{t("home.welcomeTitle")}</h1>
      <p className="usa-intro">{t("home.welcomeIntro")}</p>
      <div className="haven-actions">
        <Link className="usa-button" href="/sign-in">
          {t("signIn.submit")}
        </Link>
        <Link className="usa-button usa-button--outline" href="/register">
          {t("register.submit")}
        </Link>
      </div>
      <p>{t("home.staffNote")}</p>
    </div>
  );
}
