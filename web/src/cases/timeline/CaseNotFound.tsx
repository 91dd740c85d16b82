import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";

export function CaseNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t("case.notFoundTitle"));
  return (
    <>
      <h1>{t("case.notFoundTitle")}</h1>
      <p className="usa-intro">{t("case.notFoundBody")}</p>
      <p>
        <Link className="usa-link" href="/">
          {t("case.backToCases")}
        </Link>
      </p>
    </>
  );
}
