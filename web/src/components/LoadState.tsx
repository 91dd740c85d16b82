import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";

export function Loading() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <p className="haven-loading" role="status">
      {t("status.loading")}
    </p>
  );
}

/** The USWDS error alert, with a way to try again. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("status.errorTitle"));
  return (
    <div className="usa-alert usa-alert--error haven-error">
      <div className="usa-alert__body">
        <h1 className="usa-alert__heading">{t("status.errorTitle")}</h1>
        <p className="usa-alert__text">{t("status.errorBody")}</p>
        <button type="button" className="usa-button" onClick={onRetry}>
          {t("status.retry")}
        </button>
      </div>
    </div>
  );
}
