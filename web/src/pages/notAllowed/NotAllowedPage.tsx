import { useTranslation } from "react-i18next";
import { Link } from "../../router.tsx";
import { useDocumentTitle } from "../../useDocumentTitle.ts";

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
