import { useTranslation } from "react-i18next";
import { Link } from "../routing/navigation.ts";
import { AccountMenu } from "./AccountMenu.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";
import { SiteNav } from "./SiteNav.tsx";

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="usa-header usa-header--basic haven-header">
      <div className="grid-container haven-header__bar">
        <div className="usa-logo haven-header__logo">
          <em className="usa-logo__text">
            <Link href="/" aria-label={t("app.homeLink")}>
              {t("app.name")}
            </Link>
          </em>
        </div>
        <AccountMenu />
        <LanguageMenu />
      </div>
      <SiteNav />
    </header>
  );
}
