import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";

/** The recovery codes, shown once, after the authenticator app is confirmed. */
export function RecoveryCodesView({
  codes,
  onContinue,
}: {
  codes: readonly string[];
  onContinue(): void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("secondFactor.recoveryTitle"));
  return (
    <div className="haven-narrow">
      <div className="usa-alert usa-alert--success usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t("secondFactor.enrolled")}</p>
        </div>
      </div>
      <FocusHeading>{t("secondFactor.recoveryTitle")}</FocusHeading>
      <p className="usa-intro">{t("secondFactor.recoveryIntro")}</p>
      <ul className="haven-recovery-codes" data-testid="recovery-codes" translate="no">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>{t("secondFactor.recoveryOnce")}</p>
      <button type="button" className="usa-button" onClick={onContinue}>
        {t("secondFactor.saved")}
      </button>
    </div>
  );
}
