import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab's title to "<page> | Haven", or "Haven" while there is no page title yet. */
export function useDocumentTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} | ${appName}` : appName;
  }, [pageTitle, appName]);
}
