import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { Link } from "./navigation.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p className="usa-intro">{t("notFound.body")}</p>
      <p>
        <Link className="usa-link" href="/">
          {t("notFound.home")}
        </Link>
      </p>
    </>
  );
}
