import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { Link } from "./navigation.ts";

export function NotAllowedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notAllowed.title"));
  return (
    <>
      <h1>{t("notAllowed.title")}</h1>
      <p className="usa-intro">{t("notAllowed.body")}</p>
      <p>
        <Link className="usa-link" href="/">
          {t("notAllowed.home")}
        </Link>
      </p>
    </>
  );
}
