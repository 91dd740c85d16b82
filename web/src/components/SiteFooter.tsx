import { useTranslation } from "react-i18next";
import { Link } from "../routing/navigation.ts";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="usa-footer__secondary-section">
        <div className="grid-container haven-footer">
          <p className="usa-footer__logo-heading">{t("app.name")}</p>
          <p>{t("app.footerAbout")}</p>
          <p>
            <Link className="usa-link" href="/locator">
              {t("locator.footerLink")}
            </Link>
          </p>
          <p>{t("app.footerLicense")}</p>
        </div>
      </div>
    </footer>
  );
}
